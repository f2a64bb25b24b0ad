package io.trendscout.tiktok.connection;

/** The OAuth callback cannot complete; {@code type} is the problem type, all answered with 400. */
class OAuthFailure extends RuntimeException {

    private final String type;
    private final String title;

    OAuthFailure(String type, String title, String detail) {
        super(detail);
        this.type = type;
        this.title = title;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }

    static OAuthFailure invalidState() {
        return new OAuthFailure("tiktok-invalid-state", "Invalid OAuth state",
                "The state is unknown or was already used. Start again with GET /api/tiktok/auth/url.");
    }

    static OAuthFailure stateExpired() {
        return new OAuthFailure("tiktok-state-expired", "OAuth state expired",
                "The authorization took too long. Start again with GET /api/tiktok/auth/url.");
    }

    static OAuthFailure consentDenied() {
        return new OAuthFailure("tiktok-consent-denied", "TikTok access was denied",
                "You did not allow Trendscout to read your TikTok account, so nothing was connected. "
                        + "Start again with GET /api/tiktok/auth/url if you change your mind.");
    }

    static OAuthFailure authorizationFailed(String error) {
        return new OAuthFailure("tiktok-authorization-failed", "TikTok authorization failed",
                "TikTok reported '" + error + "'. Start again with GET /api/tiktok/auth/url.");
    }

    static OAuthFailure codeRejected(String reason) {
        return new OAuthFailure("tiktok-code-rejected", "Authorization code rejected",
                "TikTok did not accept the authorization code (" + reason + "). Start again with GET /api/tiktok/auth/url.");
    }

    static OAuthFailure missingCode() {
        return new OAuthFailure("tiktok-missing-code", "Authorization code missing", "The callback carries no code.");
    }
}
