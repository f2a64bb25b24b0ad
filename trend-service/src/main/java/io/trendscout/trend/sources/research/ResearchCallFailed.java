package io.trendscout.trend.sources.research;

/** A Research API call that did not give a page; {@link Kind} says what the cycle does about it. */
final class ResearchCallFailed extends RuntimeException {

    enum Kind {
        /** 5xx, timeout, broken connection: worth one retry. */
        TRANSIENT,
        /** 429: the daily quota ({@code daily_quota_limit_exceeded}) or the rate limit; stop the cycle. */
        QUOTA,
        /** 401 access_token_invalid: get a new client token. */
        TOKEN,
        /** Anything else (bad parameters, malformed page, refused credentials). */
        FATAL
    }

    private final Kind kind;

    ResearchCallFailed(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    ResearchCallFailed(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
