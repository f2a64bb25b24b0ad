package io.trendscout.trend.detection;

import java.util.Optional;

/** The state after one verdict, and the stage change it caused, if any. */
public record StageStep(StageState state, Optional<StageChange> change) {
}
