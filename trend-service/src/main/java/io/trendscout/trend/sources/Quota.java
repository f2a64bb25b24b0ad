package io.trendscout.trend.sources;

/**
 * A source's daily budget (UTC day), persisted in {@code source_state} so restarts and replicas
 * share it. Limits of 0 mean unlimited.
 */
public interface Quota {

    /** Reserves one request; false (nothing reserved) when today's request budget is spent. */
    boolean tryRequest();

    /** Records how many records the last answer held. */
    void records(int count);

    long requestsToday();

    long recordsToday();

    /** False once today's record budget is spent. */
    boolean recordsLeft();
}
