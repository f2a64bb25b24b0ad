package io.trendscout.trend.sources;

/** A source cycle failed (timeout, 5xx, malformed answer, auth); the message is shown in source health. */
public class SourceFailure extends RuntimeException {

    public SourceFailure(String message) {
        super(message);
    }

    public SourceFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
