package io.trendscout.security.throttle;

import java.time.Duration;
import java.util.Optional;

import io.trendscout.security.shared.Rejection;

/** Too many failed attempts: the account is locked (423, for everyone or for the caller's address) or the caller must slow down (429). */
public abstract sealed class Throttled extends Rejection {

    private final Duration wait;

    Throttled(Kind kind, String type, String title, String detail, Duration wait) {
        super(kind, type, title, detail);
        this.wait = wait;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(wait);
    }

    public static final class AccountLocked extends Throttled {
        AccountLocked(Duration wait) {
            super(Kind.LOCKED, "account-locked", "Account temporarily locked",
                    "Too many failed sign-in attempts; the account is locked for a while", wait);
        }
    }

    /** Many failures from the caller's address: it must wait a while (growing with the failures), never locked. */
    public static final class ClientSlowDown extends Throttled {
        ClientSlowDown(Duration wait) {
            super(Kind.THROTTLED, "too-many-attempts", "Too many attempts",
                    "Too many failed attempts from your address; wait before trying again", wait);
        }
    }

    public static final class SlowDown extends Throttled {
        SlowDown(Duration wait) {
            super(Kind.THROTTLED, "slow-down", "Too many attempts", "Wait before trying again", wait);
        }
    }
}
