package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 1 through the gateway only: register, verify the email with the mailed code, sign in
 * with password and the mailed 2FA code, use the tokens, rotate the refresh token, see a reused
 * one revoke the session, log out; then the account is erased.
 */
class Journey1IdentityIT {

    @Test
    void registerVerifySignInRefreshLogoutAndErase() {
        Gateway anonymous = Gateway.anonymous();
        String email = "journey1-" + UUID.randomUUID().toString().substring(0, 12) + "@journey.test";

        Gateway.Response registered = anonymous.post("/api/auth/register", Map.of("email", email,
                "password", Accounts.PASSWORD, "firstName", "Lena", "lastName", "Vogel", "locale", "de"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        UUID userId = UUID.fromString(registered.json().path("id").asString());

        String verification = Accounts.latestCode(email, "Bestätige");
        Gateway.Response verified = anonymous.post("/api/auth/verify-email", Map.of("email", email, "code", verification));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);

        Gateway.Response login = anonymous.post("/api/auth/login", Map.of("email", email, "password", Accounts.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(202);
        String challenge = login.json().path("challengeId").asString();
        String twoFactor = Accounts.latestCode(email, "Anmeldecode");
        Gateway.Response wrong = anonymous.post("/api/auth/verify-2fa", Map.of("challengeId", challenge,
                "code", twoFactor.equals("000000") ? "111111" : "000000"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");

        Gateway.Response tokens = anonymous.post("/api/auth/verify-2fa", Map.of("challengeId", challenge, "code", twoFactor));
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        String access = tokens.json().path("accessToken").asString();
        String refresh = tokens.json().path("refreshToken").asString();

        Gateway.Response jwks = anonymous.get("/.well-known/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.json().path("keys").size()).isPositive();

        Gateway me = anonymous.withToken(access);
        Gateway.Response profile = me.get("/api/users/me");
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        assertThat(profile.json().path("id").asString()).isEqualTo(userId.toString());
        assertThat(profile.json().path("roles").toString()).isEqualTo("[\"USER\"]");
        Gateway.Response updated = me.put("/api/users/me", Map.of("preferences", Map.of("primaryNiche", "fitness",
                "secondaryNiches", List.of("beauty"), "theme", "dark")));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("preferences").path("primaryNiche").asString()).isEqualTo("fitness");
        assertThat(anonymous.get("/api/users/me").status()).isEqualTo(401);

        Gateway.Response refreshed = anonymous.post("/api/auth/refresh", Map.of("refreshToken", refresh));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String refresh2 = refreshed.json().path("refreshToken").asString();
        assertThat(anonymous.withToken(refreshed.json().path("accessToken").asString()).get("/api/users/me").status())
                .isEqualTo(200);

        Gateway.Response reused = anonymous.post("/api/auth/refresh", Map.of("refreshToken", refresh));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.json().path("type").asString()).endsWith("/refresh-token-reused");
        assertThat(anonymous.post("/api/auth/refresh", Map.of("refreshToken", refresh2)).status()).isEqualTo(401);

        Accounts.Account again = Accounts.signIn(email, Accounts.PASSWORD);
        JsonNode sessions = again.gateway().get("/api/users/me/sessions").json();
        assertThat(sessions.size()).isEqualTo(1);
        Gateway.Response logout = again.gateway().post("/api/auth/logout", Map.of("refreshToken", again.refreshToken()));
        assertThat(logout.status()).as(logout.toString()).isEqualTo(204);
        assertThat(anonymous.post("/api/auth/refresh", Map.of("refreshToken", again.refreshToken())).status()).isEqualTo(401);
        // the logged-out session's access token is refused too, long before it expires (SessionRevoked)
        Awaitility.await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> again.gateway().get("/api/users/me").status() == 401);

        Gateway.Response erased = Accounts.signIn(email, Accounts.PASSWORD).gateway().delete("/api/users/me");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        Gateway.Response gone = anonymous.post("/api/auth/login", Map.of("email", email, "password", Accounts.PASSWORD));
        assertThat(gone.status()).isEqualTo(401);
    }

    @Test
    void theHelperGivesEveryJourneyASignedInAccount() {
        Accounts.Account merchant = Accounts.signUp("merchant", "merchant");
        Gateway.Response profile = merchant.gateway().get("/api/users/me");
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        assertThat(profile.json().path("roles").toString()).contains("MERCHANT");
        assertThat(profile.json().path("id").asString()).isEqualTo(merchant.userId().toString());
    }
}
