package io.trendscout.shopsync.channel;

import java.time.Duration;

/** A call to a channel that did not work out; never carries credentials. */
public abstract sealed class ChannelFailure extends RuntimeException {

    ChannelFailure(String message) {
        super(message);
    }

    /** The channel refused the credentials (wrong, expired beyond refresh, revoked). */
    public static final class Rejected extends ChannelFailure {
        public Rejected(String message) {
            super(message);
        }
    }

    /** The channel is down, slow, answered garbage or the circuit is open: worth trying again later. */
    public static final class Unavailable extends ChannelFailure {
        public Unavailable(String message) {
            super(message);
        }
    }

    /** The channel asked us to slow down; {@code retryAfter} is its hint (null if none). */
    public static final class Throttled extends ChannelFailure {
        private final Duration retryAfter;

        public Throttled(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The channel said the request itself is wrong (bad storefront, unknown marketplace, ...). */
    public static final class Invalid extends ChannelFailure {
        public Invalid(String message) {
            super(message);
        }
    }
}
