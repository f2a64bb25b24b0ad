package io.trendscout.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.security.SecretCipher;
import io.trendscout.sandbox.FakeExchange;
import io.trendscout.sandbox.tiktok.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A desktop client (non-web client type): the authorize URL carries an S256 challenge the callback must prove. */
@TestPropertySource(properties = "trendscout.tiktok.oauth.client-type=desktop")
class PkceConnectIT extends TiktokIntegrationTest {

    @Autowired
    SecretCipher cipher;

    @Test
    void theAuthorizeUrlCarriesAnS256ChallengeOfTheStoredVerifier() throws Exception {
        UUID user = UUID.randomUUID();
        Map<String, String> query = FakeExchange.parse(URI.create(get("/api/tiktok/auth/url", user).json().get("url").asString())
                .getRawQuery());
        assertThat(query.get("code_challenge_method")).isEqualTo("S256");
        assertThat(query.get("code_challenge")).matches("[0-9a-f]{64}");
        assertThat(query).containsKey("state");

        String stateHash = hex(query.get("state"));
        String stored = jdbc.queryForObject("select code_verifier from oauth_state where state_hash = ?", String.class, stateHash);
        assertThat(stored).startsWith("v1:");
        String verifier = cipher.decrypt(stored, "pkce:" + stateHash);
        assertThat(verifier).matches("[A-Za-z0-9_-]{43,128}");
        assertThat(hex(verifier)).isEqualTo(query.get("code_challenge"));
    }

    @Test
    void aCodeBoundToAnotherChallengeIsRejectedAndTheRightVerifierConnects() {
        UUID user = UUID.randomUUID();
        String url = get("/api/tiktok/auth/url", user).json().get("url").asString();
        String challenge = FakeExchange.parse(URI.create(url).getRawQuery()).get("code_challenge");
        // The code gets bound to someone else's challenge (an intercepted or swapped authorization):
        // the service's verifier does not match it, so TikTok's token endpoint refuses the code.
        String swapped = url.replace(challenge, hex("someone else's verifier"));
        Reply rejected = callback(redirectQuery(swapped + "&sandbox_account=" + DemoAccounts.SEED_EXAMPLE));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(rejected.json().get("type").asString()).endsWith("/tiktok-code-rejected");
        assertThat(rejected.json().get("detail").asString()).contains("invalid_grant");
        assertThat(jdbc.queryForObject("select count(*) from tiktok_connection where user_id = ?", Integer.class, user)).isZero();

        int exchanges = FAKE.calls("/v2/oauth/token");
        Reply connected = connect(user, DemoAccounts.SEED_EXAMPLE);
        assertThat(connected.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(FAKE.calls("/v2/oauth/token")).isEqualTo(exchanges + 1);
        assertThat(get("/api/tiktok/account", user).json().at("/metrics/engagementRate").asDouble()).isEqualTo(5.72);
    }

    private String redirectQuery(String authorizeUrl) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(authorizeUrl))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
            return URI.create(response.headers().firstValue("Location").orElseThrow()).getRawQuery();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String hex(String value) throws RuntimeException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
