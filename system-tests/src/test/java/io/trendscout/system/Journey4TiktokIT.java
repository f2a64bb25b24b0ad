package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 4 through the gateway: a creator connects TikTok with the sandbox OAuth (auth URL from
 * the platform, the fake's authorize redirect, back to the public callback on the gateway) → the
 * first fetch stores stats and publishes StatsFetched → account and media kit show seed 003's
 * figures (engagement 5.72) → an on-demand refresh → disconnect with erase deletes everything.
 */
class Journey4TiktokIT {

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void connectTiktokSeeStatsAndMediaKitThenDisconnect() throws Exception {
        Gateway creator = Accounts.signUp().gateway();

        Gateway.Response authUrl = creator.get("/api/tiktok/auth/url");
        assertThat(authUrl.status()).as(authUrl.toString()).isEqualTo(200);
        String url = authUrl.json().path("url").asString();
        assertThat(url).contains("/v2/auth/authorize/").contains("state=");

        // The browser at TikTok (the sandbox logs in as the seed 003 account and consents at once).
        HttpResponse<String> consent = browse(url + "&sandbox_account=festas_builds");
        assertThat(consent.statusCode()).isEqualTo(302);
        URI back = URI.create(consent.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/api/tiktok/auth/callback");

        Gateway.Response callback = Gateway.anonymous().get(back.getRawPath() + "?" + back.getRawQuery());
        assertThat(callback.status()).as(callback.toString()).isEqualTo(200);
        assertThat(callback.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(Gateway.anonymous().get(back.getRawPath() + "?" + back.getRawQuery()).status())
                .as("a replayed state").isEqualTo(400);

        Gateway.Response account = creator.get("/api/tiktok/account");
        assertThat(account.status()).as(account.toString()).isEqualTo(200);
        JsonNode json = account.json();
        assertThat(json.at("/connection/status").asString()).isEqualTo("ACTIVE");
        assertThat(json.at("/stats/followers").asLong()).isEqualTo(50_000);
        assertThat(json.at("/metrics/engagementRate").asDouble()).isEqualTo(5.72);
        assertThat(account.body()).doesNotContain("act.").doesNotContain("rft.");

        Gateway.Response kit = creator.get("/api/mediakit/tiktok");
        assertThat(kit.status()).isEqualTo(200);
        assertThat(kit.json().at("/stats/engagement_rate").asDouble()).isEqualTo(5.72);
        assertThat(kit.json().at("/stats/avg_views").asLong()).isEqualTo(12_500);
        assertThat(kit.json().at("/profile/username").asString()).isEqualTo("festas_builds");
        assertThat(kit.json().at("/top_videos").size()).isEqualTo(2);

        assertThat(creator.post("/api/tiktok/refresh", null).status()).isEqualTo(200);

        Gateway.Response disconnected = creator.delete("/api/tiktok/disconnect?erase=true");
        assertThat(disconnected.status()).as(disconnected.toString()).isEqualTo(200);
        assertThat(disconnected.json().path("revokedAtTiktok").asBoolean()).isTrue();
        assertThat(creator.get("/api/tiktok/account").status()).isEqualTo(404);
    }

    private static HttpResponse<String> browse(String url) throws IOException, InterruptedException {
        return BROWSER.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
