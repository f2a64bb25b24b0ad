package io.trendscout.trend.detection;

import java.time.Instant;

/** One stage change of a series, to keep in its history: when, from what to what, why, on what evidence. */
public record StageChange(Instant at, Stage from, Stage to, String reason, Evidence evidence) {
}
