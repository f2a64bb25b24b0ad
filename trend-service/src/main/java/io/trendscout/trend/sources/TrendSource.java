package io.trendscout.trend.sources;

import java.time.Duration;

/**
 * A pull source of trend signal. Implementations are beans; {@code SourcePolling} runs every
 * enabled one whose {@link #interval()} has passed since its last poll, on one replica at a time,
 * with the source's persisted cursor and quota in the {@link PollContext}.
 *
 * <p>A poll emits observations and checkpoints its cursor as it goes. Throwing
 * {@link SourceFailure} (or any runtime exception) ends the cycle: the error is recorded in source
 * health, what was emitted and checkpointed before stays, and the next cycle resumes from the
 * last checkpoint. Because storage is idempotent per (source, series, bucket), re-emitting after
 * a crash between emit and checkpoint never counts twice.
 */
public interface TrendSource {

    /** Stable name, also the observations' {@code source} ({@code fastmoss}, {@code tiktok-research}). */
    String name();

    SourceKind kind();

    /** False when not configured (e.g. no credentials); such a source is listed in health as disabled. */
    boolean enabled();

    /** Time between the end of one cycle and the start of the next. */
    Duration interval();

    /** Requests a day this source may make ({@link Quota#tryRequest} refuses beyond it); 0 = no limit. */
    default long dailyRequestLimit() {
        return 0;
    }

    /** Records a day this source may read ({@link Quota#recordsLeft}); 0 = no limit. */
    default long dailyRecordLimit() {
        return 0;
    }

    /** One cycle from {@code context.cursor()}. */
    PollOutcome poll(PollContext context);
}
