package io.trendscout.tiktok.api;

/** TikTok answered with an error or could not be reached; {@code code} is TikTok's error code. */
public class TiktokFailure extends RuntimeException {

    private final String code;

    public TiktokFailure(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** 5xx, I/O errors, an open circuit: worth trying again later. */
    public static class Unavailable extends TiktokFailure {
        public Unavailable(String code, String message) {
            super(code, message);
        }
    }

    /** 429 from TikTok or our own limiter had no permit in time. */
    public static class RateLimited extends Unavailable {
        public RateLimited(String message) {
            super("rate_limit_exceeded", message);
        }
    }

    /** OAuth refused the grant (invalid_grant, access_denied, invalid_client, ...). */
    public static class GrantRejected extends TiktokFailure {
        public GrantRejected(String code, String message) {
            super(code, message);
        }
    }

    /** The access token is invalid, expired, revoked or lacks a scope. */
    public static class AccessTokenInvalid extends TiktokFailure {
        public AccessTokenInvalid(String code, String message) {
            super(code, message);
        }
    }

    /** TikTok rejected the request itself (invalid_params): a bug on our side, not retried. */
    public static class Rejected extends TiktokFailure {
        public Rejected(String code, String message) {
            super(code, message);
        }
    }
}
