package io.trendscout.security.login;

import java.util.UUID;

/** The result of a completed sign-in or a refresh. */
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn,
        UUID sessionId) {

    @Override
    public String toString() {
        return "TokenResponse[sessionId=" + sessionId + "]";
    }
}
