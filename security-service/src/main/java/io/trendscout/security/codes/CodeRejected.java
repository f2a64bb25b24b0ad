package io.trendscout.security.codes;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.trendscout.security.shared.Rejection;

/** Why a code was not accepted (or not sent). */
public abstract sealed class CodeRejected extends Rejection {

    CodeRejected(Kind kind, String type, String title, String detail) {
        super(kind, type, title, detail);
    }

    /** Whether a code was presented against a live one and was wrong (a guess, not a stale or unknown reference). */
    public boolean wasGuess() {
        return this instanceof CodeInvalid || this instanceof CodeAttemptsExhausted;
    }

    /** Wrong code; some attempts remain. */
    public static final class CodeInvalid extends CodeRejected {
        private final int attemptsLeft;

        CodeInvalid(int attemptsLeft) {
            super(Kind.INVALID, "code-invalid", "Invalid code", "The code is not correct");
            this.attemptsLeft = attemptsLeft;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("attemptsLeft", attemptsLeft);
        }
    }

    /** There is no code to check against (never sent, or superseded by a newer one). */
    public static final class NoCode extends CodeRejected {
        NoCode() {
            super(Kind.INVALID, "code-invalid", "Invalid code", "No valid code exists; request a new one");
        }
    }

    public static final class CodeExpired extends CodeRejected {
        CodeExpired() {
            super(Kind.INVALID, "code-expired", "Code expired", "The code has expired; request a new one");
        }
    }

    public static final class CodeAlreadyUsed extends CodeRejected {
        CodeAlreadyUsed() {
            super(Kind.INVALID, "code-used", "Code already used", "The code has already been used");
        }
    }

    /** Every allowed guess is spent: the code is burned. */
    public static final class CodeAttemptsExhausted extends CodeRejected {
        CodeAttemptsExhausted() {
            super(Kind.THROTTLED, "too-many-attempts", "Too many attempts",
                    "Too many wrong codes; request a new one");
        }
    }

    /** The account has had its hourly share of codes of this purpose. */
    public static final class CodeQuotaExceeded extends CodeRejected {
        private final Duration wait;

        CodeQuotaExceeded(Duration wait) {
            super(Kind.THROTTLED, "too-many-codes", "Too many codes",
                    "Too many codes were sent to this account within an hour; wait before asking again");
            this.wait = wait;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(wait);
        }
    }

    public static final class CodeResendTooSoon extends CodeRejected {
        private final Duration wait;

        CodeResendTooSoon(Duration wait) {
            super(Kind.THROTTLED, "resend-too-soon", "Too soon", "A code was sent moments ago; wait before asking again");
            this.wait = wait;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(wait);
        }
    }
}
