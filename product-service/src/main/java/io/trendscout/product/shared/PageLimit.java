package io.trendscout.product.shared;

import io.trendscout.platform.web.InvalidRequest;

/** Page sizes: a default when absent, a hard range otherwise. */
public final class PageLimit {

    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    private PageLimit() {
    }

    public static int of(Integer requested) {
        return of(requested, DEFAULT, MAX);
    }

    public static int of(Integer requested, int defaultSize, int max) {
        if (requested == null) {
            return defaultSize;
        }
        if (requested < 1 || requested > max) {
            throw new InvalidRequest("limit", "limit must be between 1 and " + max);
        }
        return requested;
    }
}
