package io.trendscout.analytics.reports;

/** A non-admin asked for platform-wide analytics. */
class PlatformScopeDenied extends RuntimeException {

    PlatformScopeDenied() {
        super("Platform-wide analytics are for administrators");
    }
}
