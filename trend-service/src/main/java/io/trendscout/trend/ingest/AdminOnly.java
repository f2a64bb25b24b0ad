package io.trendscout.trend.ingest;

/** The caller is authenticated but is not an administrator. */
class AdminOnly extends RuntimeException {

    AdminOnly() {
        super("Only administrators may import trend data");
    }
}
