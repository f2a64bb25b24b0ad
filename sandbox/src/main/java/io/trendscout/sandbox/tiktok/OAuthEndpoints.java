package io.trendscout.sandbox.tiktok;

import io.trendscout.sandbox.FakeExchange;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Login Kit v2: authorize (sandbox: redirects straight back), token (code, refresh), revoke. */
final class OAuthEndpoints {

    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private final TiktokFake fake;

    OAuthEndpoints(TiktokFake fake) {
        this.fake = fake;
    }

    /**
     * The real page asks the user; the sandbox decides at once: the account from
     * {@code sandbox_account} (or the default), consent denied with {@code sandbox_deny=true}.
     */
    void authorize(FakeExchange ex) throws IOException {
        FakeSettings settings = fake.settings();
        String redirectUri = ex.query("redirect_uri");
        if (!settings.clientKey.equals(ex.query("client_key"))) {
            oauthError(ex, 400, "invalid_client", "Unknown client_key");
            return;
        }
        if (redirectUri == null || redirectUri.isBlank() || redirectUri.contains("#")) {
            oauthError(ex, 400, "invalid_request", "redirect_uri is missing or invalid");
            return;
        }
        if (!"code".equals(ex.query("response_type"))) {
            oauthError(ex, 400, "unsupported_response_type", "response_type must be code");
            return;
        }
        String scope = ex.query("scope");
        if (scope == null || scope.isBlank()) {
            oauthError(ex, 400, "invalid_scope", "scope is required");
            return;
        }
        String state = ex.query("state");
        Map<String, String> back = new LinkedHashMap<>();
        String deny = ex.query("sandbox_deny");
        if ("true".equals(deny) || fake.takeDenial()) {
            back.put("error", "access_denied");
            back.put("error_description", "The user denied the authorization request");
        } else {
            String username = ex.query("sandbox_account");
            FakeAccount account = fake.account(username != null ? username : fake.takeNextAccount());
            if (account == null) {
                oauthError(ex, 400, "invalid_request", "No such sandbox account");
                return;
            }
            String challenge = ex.query("code_challenge");
            if (challenge != null && !"S256".equals(ex.query("code_challenge_method"))) {
                oauthError(ex, 400, "invalid_request", "code_challenge_method must be S256");
                return;
            }
            String code = Grants.random("code.");
            fake.grants().codes.put(code, new Grants.Code(account.openId(), redirectUri, scope, challenge,
                    Instant.now().plus(settings.codeLifetime)));
            back.put("code", code);
            back.put("scopes", scope);
        }
        if (state != null) {
            back.put("state", state);
        }
        StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
        back.forEach((k, v) -> location.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        location.setLength(location.length() - 1);
        ex.redirect(location.toString());
    }

    void token(FakeExchange ex) throws IOException {
        Map<String, String> form = ex.form();
        if ("client_credentials".equals(form.get("grant_type"))) {
            fake.research().clientToken(ex, form);
            return;
        }
        FakeSettings settings = fake.settings();
        if (!settings.clientKey.equals(form.get("client_key")) || !settings.clientSecret.equals(form.get("client_secret"))) {
            oauthError(ex, 401, "invalid_client", "Client key or secret is wrong");
            return;
        }
        String grantType = form.getOrDefault("grant_type", "");
        switch (grantType) {
            case "authorization_code" -> exchangeCode(ex, form);
            case "refresh_token" -> refresh(ex, form);
            default -> oauthError(ex, 400, "unsupported_grant_type", "Unsupported grant_type");
        }
    }

    private void exchangeCode(FakeExchange ex, Map<String, String> form) throws IOException {
        String codeValue = form.get("code");
        Grants.Code code = codeValue == null ? null : fake.grants().codes.remove(codeValue);
        if (code == null) {
            oauthError(ex, 400, "invalid_grant", "Authorization code is invalid or was already used");
            return;
        }
        if (Instant.now().isAfter(code.expiresAt())) {
            oauthError(ex, 400, "invalid_grant", "Authorization code is expired");
            return;
        }
        if (!code.redirectUri().equals(form.get("redirect_uri"))) {
            oauthError(ex, 400, "invalid_grant", "redirect_uri does not match the authorization request");
            return;
        }
        if (code.codeChallenge() != null) {
            String verifier = form.get("code_verifier");
            if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
                // RFC 7636 4.1: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~].
                oauthError(ex, 400, "invalid_request", "code_verifier is missing or malformed");
                return;
            }
            if (!code.codeChallenge().equals(challengeOf(verifier))) {
                oauthError(ex, 400, "invalid_grant", "code_verifier does not match the code_challenge");
                return;
            }
        }
        String refreshToken = Grants.random("rft.");
        fake.grants().refreshTokens.put(refreshToken, new Grants.Token(code.openId(), code.scope(),
                Instant.now().plus(fake.settings().refreshTokenLifetime)));
        ex.json(200, tokenResponse(code.openId(), code.scope(), refreshToken));
    }

    private void refresh(FakeExchange ex, Map<String, String> form) throws IOException {
        String presented = form.get("refresh_token");
        Grants.Token old = presented == null ? null : fake.grants().refreshTokens.get(presented);
        if (old == null || !old.valid(Instant.now())) {
            oauthError(ex, 400, "invalid_grant", "Refresh token is invalid, expired or revoked");
            return;
        }
        String refreshToken = presented;
        if (fake.settings().rotateRefreshTokens) {
            fake.grants().refreshTokens.remove(presented);
            refreshToken = Grants.random("rft.");
            fake.grants().refreshTokens.put(refreshToken, new Grants.Token(old.openId(), old.scope(),
                    Instant.now().plus(fake.settings().refreshTokenLifetime)));
        }
        ex.json(200, tokenResponse(old.openId(), old.scope(), refreshToken));
    }

    private Map<String, Object> tokenResponse(String openId, String scope, String refreshToken) {
        String accessToken = Grants.random("act.");
        Instant now = Instant.now();
        fake.grants().accessTokens.put(accessToken, new Grants.Token(openId, scope, now.plus(fake.settings().accessTokenLifetime)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("open_id", openId);
        body.put("scope", scope);
        body.put("access_token", accessToken);
        body.put("expires_in", fake.settings().accessTokenLifetime.toSeconds());
        body.put("refresh_token", refreshToken);
        body.put("refresh_expires_in", Math.max(0, fake.grants().refreshTokens.get(refreshToken).expiresAt().getEpochSecond() - now.getEpochSecond()));
        body.put("token_type", "Bearer");
        return body;
    }

    void revoke(FakeExchange ex) throws IOException {
        Map<String, String> form = ex.form();
        FakeSettings settings = fake.settings();
        if (!settings.clientKey.equals(form.get("client_key")) || !settings.clientSecret.equals(form.get("client_secret"))) {
            oauthError(ex, 401, "invalid_client", "Client key or secret is wrong");
            return;
        }
        String token = form.get("token");
        Grants.Token access = token == null ? null : fake.grants().accessTokens.get(token);
        if (access == null) {
            access = token == null ? null : fake.grants().refreshTokens.get(token);
        }
        if (access != null) {
            fake.grants().revokeAll(access.openId());
        }
        ex.json(200, Map.of());
    }

    private String challengeOf(String verifier) {
        if (verifier == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return "hex".equals(fake.settings().pkceEncoding) ? HexFormat.of().formatHex(digest)
                    : Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static void oauthError(FakeExchange ex, int status, String error, String description) throws IOException {
        ex.json(status, Map.of("error", error, "error_description", description, "log_id", Grants.random("log")));
    }
}
