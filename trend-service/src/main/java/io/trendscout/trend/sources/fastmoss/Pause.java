package io.trendscout.trend.sources.fastmoss;

import java.time.Duration;

import io.trendscout.trend.sources.SourceFailure;

/** Waiting between requests (pacing, backoff after 30003); tests pass one that only records. */
@FunctionalInterface
interface Pause {

    void pause(Duration duration);

    static Pause sleeping() {
        return duration -> {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new SourceFailure("FastMoss cycle interrupted");
            }
        };
    }
}
