package io.trendscout.aigenerator.usage;

import java.time.Instant;

/** The caller used up the plan's generations for today; {@code resetsAt} is the next UTC midnight. */
public class QuotaExceeded extends RuntimeException {

    private final String tier;
    private final int limit;
    private final Instant resetsAt;

    QuotaExceeded(String tier, int limit, Instant resetsAt) {
        super("The " + tier + " plan allows " + limit + " generations per day");
        this.tier = tier;
        this.limit = limit;
        this.resetsAt = resetsAt;
    }

    public String tier() {
        return tier;
    }

    public int limit() {
        return limit;
    }

    public Instant resetsAt() {
        return resetsAt;
    }
}
