package io.trendscout.trend.detection;

import java.time.Instant;

/**
 * The persisted state of a series' stage machine: three columns (stage, since, last elevated at).
 *
 * @param since          when the current stage began (null for NONE that never changed)
 * @param lastElevatedAt the latest verdict that found the series elevated (null if none yet)
 */
public record StageState(Stage stage, Instant since, Instant lastElevatedAt) {

    public static final StageState INITIAL = new StageState(Stage.NONE, null, null);

    public StageState {
        if (stage == null) {
            throw new IllegalArgumentException("stage is required");
        }
    }
}
