package io.trendscout.trend.sources;

/**
 * How a cycle ended when it did not throw.
 *
 * @param note   what the operator should know (e.g. "data limit reached (30002), resumes tomorrow"), or null
 * @param partial the cycle stopped early (quota, data limit) but what it did is kept
 */
public record PollOutcome(String note, boolean partial) {

    public static PollOutcome complete() {
        return new PollOutcome(null, false);
    }

    public static PollOutcome stopped(String note) {
        return new PollOutcome(note, true);
    }
}
