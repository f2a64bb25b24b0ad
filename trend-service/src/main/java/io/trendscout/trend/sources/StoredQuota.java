package io.trendscout.trend.sources;

import java.time.Clock;

/** A source's quota use kept in {@code source_state}, against the source's daily limits (0 = none). */
final class StoredQuota implements Quota {

    private final String source;
    private final long requestLimit;
    private final long recordLimit;
    private final SourceStates states;
    private final Clock clock;
    private long requests;
    private long records;

    StoredQuota(String source, long requestLimit, long recordLimit, SourceStates states, Clock clock) {
        this.source = source;
        this.requestLimit = requestLimit;
        this.recordLimit = recordLimit;
        this.states = states;
        this.clock = clock;
        long[] used = states.use(source, clock.instant(), 0, 0);
        this.requests = used[0];
        this.records = used[1];
    }

    @Override
    public boolean tryRequest() {
        long[] current = states.use(source, clock.instant(), 0, 0);
        if (requestLimit > 0 && current[0] >= requestLimit) {
            requests = current[0];
            return false;
        }
        long[] used = states.use(source, clock.instant(), 1, 0);
        requests = used[0];
        records = used[1];
        return true;
    }

    @Override
    public void records(int count) {
        long[] used = states.use(source, clock.instant(), 0, count);
        requests = used[0];
        records = used[1];
    }

    @Override
    public long requestsToday() {
        return requests;
    }

    @Override
    public long recordsToday() {
        return records;
    }

    @Override
    public boolean recordsLeft() {
        return recordLimit <= 0 || records < recordLimit;
    }
}
