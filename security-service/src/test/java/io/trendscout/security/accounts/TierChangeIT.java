package io.trendscout.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.security.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** An administrator changes a subscription tier; the user's next refreshed token carries it. */
@PlatformIntegrationTest
class TierChangeIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void anAdminUpgradesATierAndTheNextRefreshedTokenCarriesIt() {
        Api api = new Api(port);
        Api.Account user = api.signUp(Api.uniqueEmail("tier"));
        assertThat(Api.claims(user.accessToken()).path("tier").asString()).isEqualTo("basic");

        Api.Response changed = api.withToken(admin(api).accessToken())
                .put("/api/users/" + user.id() + "/tier", Map.of("tier", "premium"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("tier").asString()).isEqualTo("premium");

        Api.Response refreshed = api.post("/api/auth/refresh", Map.of("refreshToken", user.refreshToken()));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(Api.claims(refreshed.json().path("accessToken").asString()).path("tier").asString()).isEqualTo("premium");
        assertThat(api.withToken(refreshed.json().path("accessToken").asString()).get("/api/users/me").json()
                .path("tier").asString()).isEqualTo("premium");
    }

    @Test
    void onlyAdminsChangeTiersToAKnownTierOfAnExistingAccount() {
        Api api = new Api(port);
        Api.Account user = api.signUp(Api.uniqueEmail("tier-self"));
        Api.Response self = api.withToken(user.accessToken()).put("/api/users/" + user.id() + "/tier", Map.of("tier", "enterprise"));
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.contentType()).startsWith("application/problem+json");

        Api asAdmin = api.withToken(admin(api).accessToken());
        Api.Response unknownTier = asAdmin.put("/api/users/" + user.id() + "/tier", Map.of("tier", "gold"));
        assertThat(unknownTier.status()).isEqualTo(400);
        assertThat(unknownTier.body()).contains("tier");
        Api.Response unknownUser = asAdmin.put("/api/users/" + UUID.randomUUID() + "/tier", Map.of("tier", "premium"));
        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(api.withToken(user.accessToken()).get("/api/users/me").json().path("tier").asString()).isEqualTo("basic");
    }

    private static Api.Account admin;

    /** The configured administrator address; another test class may have registered it already. */
    private static synchronized Api.Account admin(Api api) {
        if (admin == null) {
            try {
                admin = api.signUp("admin@trendscout.test");
            } catch (RuntimeException alreadyRegistered) {
                admin = api.signIn("admin@trendscout.test", Api.PASSWORD);
            }
        }
        return admin;
    }
}
