package io.trendscout.tiktok.api;

/** The token endpoint's answer (flat, no envelope); lifetimes in seconds. */
public record TokenGrant(String openId, String scope, String accessToken, long expiresIn, String refreshToken,
        long refreshExpiresIn) {

    @Override
    public String toString() {
        return "TokenGrant[openId=" + openId + ", scope=" + scope + ", expiresIn=" + expiresIn + "]";
    }
}
