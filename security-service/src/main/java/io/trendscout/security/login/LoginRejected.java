package io.trendscout.security.login;

import io.trendscout.security.shared.Rejection;

/** Why a sign-in or token request was refused. */
abstract sealed class LoginRejected extends Rejection {

    LoginRejected(Kind kind, String type, String title, String detail) {
        super(kind, type, title, detail);
    }

    /** Unknown email or wrong password: deliberately the same answer. */
    static final class InvalidCredentials extends LoginRejected {
        InvalidCredentials() {
            super(Kind.UNAUTHENTICATED, "invalid-credentials", "Invalid credentials", "Email or password is not correct");
        }
    }

    static final class EmailNotVerified extends LoginRejected {
        EmailNotVerified() {
            super(Kind.FORBIDDEN, "email-not-verified", "Email not verified",
                    "Verify your email address with the code we sent first");
        }
    }

    static final class InvalidRefreshToken extends LoginRejected {
        InvalidRefreshToken() {
            super(Kind.UNAUTHENTICATED, "invalid-refresh-token", "Invalid refresh token",
                    "The refresh token is unknown, expired or revoked; sign in again");
        }
    }

    /** A spent refresh token came back: someone holds a copy, so the whole session was ended. */
    static final class RefreshTokenReused extends LoginRejected {
        RefreshTokenReused() {
            super(Kind.UNAUTHENTICATED, "refresh-token-reused", "Refresh token reused",
                    "This refresh token was already used; the session has been revoked for your safety");
        }
    }
}
