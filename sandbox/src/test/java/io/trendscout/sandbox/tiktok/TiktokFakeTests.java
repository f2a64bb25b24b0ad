package io.trendscout.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TiktokFakeTests {

    static TiktokFake fake;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String REDIRECT = "https://app.example/callback";

    @BeforeAll
    static void start() {
        fake = new TiktokFake(0);
        fake.start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.reset();
    }

    @Test
    void authorizeExchangeAndReadTheDisplayApiWithCursorPaging() throws Exception {
        JsonNode tokens = connect(DemoAccounts.CREATOR);
        assertThat(tokens.get("access_token").asString()).startsWith("act.");
        assertThat(tokens.get("expires_in").asLong()).isEqualTo(7200);
        String access = tokens.get("access_token").asString();

        JsonNode user = json(get("/v2/user/info/?fields=open_id,display_name,follower_count,video_count", access));
        assertThat(user.at("/error/code").asString()).isEqualTo("ok");
        assertThat(user.at("/data/user/follower_count").asLong()).isEqualTo(50_000);
        assertThat(user.at("/data/user/avatar_url").isMissingNode()).isTrue();

        long cursor = 0;
        int seen = 0;
        boolean more = true;
        while (more) {
            JsonNode page = json(post("/v2/video/list/?fields=id,create_time,view_count", access,
                    "{\"cursor\":" + cursor + ",\"max_count\":20}"));
            seen += page.at("/data/videos").size();
            cursor = page.at("/data/cursor").asLong();
            more = page.at("/data/has_more").asBoolean();
        }
        assertThat(seen).isEqualTo(48);
    }

    @Test
    void refreshTokensRotateAndTheOldOneStopsWorking() throws Exception {
        JsonNode tokens = connect(DemoAccounts.SEED_EXAMPLE);
        String first = tokens.get("refresh_token").asString();
        JsonNode refreshed = json(form("/v2/oauth/token/", "grant_type=refresh_token&refresh_token=" + first));
        assertThat(refreshed.get("refresh_token").asString()).isNotEqualTo(first);
        HttpResponse<String> replay = form("/v2/oauth/token/", "grant_type=refresh_token&refresh_token=" + first);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(json(replay).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void rateLimitAnswers429InTikToksShape() throws Exception {
        String access = connect(DemoAccounts.CREATOR).get("access_token").asString();
        fake.rateLimitPerMinute(2);
        get("/v2/user/info/?fields=open_id", access);
        get("/v2/user/info/?fields=open_id", access);
        HttpResponse<String> third = get("/v2/user/info/?fields=open_id", access);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(json(third).at("/error/code").asString()).isEqualTo("rate_limit_exceeded");
    }

    @Test
    void theRateLimitCountsEachEndpointOnItsOwn() throws Exception {
        String access = connect(DemoAccounts.CREATOR).get("access_token").asString();
        fake.rateLimitPerMinute(2);
        assertThat(get("/v2/user/info/?fields=open_id", access).statusCode()).isEqualTo(200);
        assertThat(get("/v2/user/info/?fields=open_id", access).statusCode()).isEqualTo(200);
        assertThat(get("/v2/user/info/?fields=open_id", access).statusCode()).isEqualTo(429);
        assertThat(post("/v2/video/list/?fields=id", access, "{\"max_count\":5}").statusCode()).isEqualTo(200);
        assertThat(fake.rateLimited("/v2/user/info")).isEqualTo(1);
        assertThat(fake.rateLimited("/v2/video/list")).isZero();
    }

    @Test
    void pkceCodesNeedTheVerifierOfTheirChallenge() throws Exception {
        String verifier = "a".repeat(20) + "-B_c.d~" + "9".repeat(20);
        String challenge = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        String pkce = "&code_challenge=" + challenge + "&code_challenge_method=S256";

        HttpResponse<String> missing = exchange(authorize(DemoAccounts.CREATOR, pkce), null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("error").asString()).isEqualTo("invalid_request");
        HttpResponse<String> wrong = exchange(authorize(DemoAccounts.CREATOR, pkce), verifier.replace('a', 'b'));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).get("error").asString()).isEqualTo("invalid_grant");
        HttpResponse<String> right = exchange(authorize(DemoAccounts.CREATOR, pkce), verifier);
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        assertThat(json(right).get("access_token").asString()).startsWith("act.");

        HttpResponse<String> plain = HTTP.send(HttpRequest.newBuilder(URI.create(authorizeUrl(DemoAccounts.CREATOR,
                "&code_challenge=" + verifier + "&code_challenge_method=plain"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(400);
    }

    @Test
    void generatedAccountsSpreadTheirVideoCountsOverOneToTenPages() {
        java.util.List<FakeAccount> accounts = DemoAccounts.generated(1_000, 7);
        assertThat(accounts).hasSize(1_000);
        assertThat(accounts.stream().filter(a -> a.videos().isEmpty()).count()).isEqualTo(100);
        assertThat(accounts.stream().filter(a -> a.videos().size() > 60).count()).isBetween(40L, 120L);
        assertThat(accounts.stream().mapToInt(a -> a.videos().size()).max().orElseThrow()).isLessThanOrEqualTo(200);
        assertThat(accounts.stream().map(FakeAccount::openId).distinct().count()).isEqualTo(1_000);
        FakeAccount big = accounts.stream().filter(a -> a.videos().size() > 60).findFirst().orElseThrow();
        assertThat(big.videos().stream().map(FakeVideo::createTime).distinct().count()).isEqualTo(big.videos().size());
    }

    @Test
    void shopCallsNeedAValidSignature() throws Exception {
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl()
                + "/api/v2/token/get?app_key=sandbox-shop-app-key&app_secret=sandbox-shop-app-secret&auth_code="
                + fake.issueShopAuthCode() + "&grant_type=authorized_code")).build(), HttpResponse.BodyHandlers.ofString());
        String access = json(token).at("/data/access_token").asString();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_key", "sandbox-shop-app-key");
        query.put("timestamp", String.valueOf(Instant.now().getEpochSecond()));
        String sign = ShopEndpoints.sign("sandbox-shop-app-secret", "/authorization/202309/shops", query, "");
        String base = fake.baseUrl() + "/authorization/202309/shops?app_key=sandbox-shop-app-key&timestamp=" + query.get("timestamp");
        JsonNode good = json(HTTP.send(HttpRequest.newBuilder(URI.create(base + "&sign=" + sign)).header("x-tts-access-token", access)
                .build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(good.get("code").asInt()).isZero();
        JsonNode bad = json(HTTP.send(HttpRequest.newBuilder(URI.create(base + "&sign=00" + sign.substring(2)))
                .header("x-tts-access-token", access).build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(bad.get("code").asInt()).isEqualTo(ShopEndpoints.INVALID_SIGN);
    }

    private JsonNode connect(String username) throws Exception {
        HttpResponse<String> redirect = HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl()
                + "/v2/auth/authorize/?client_key=sandbox-client-key&scope=user.info.basic,user.info.stats,video.list"
                + "&response_type=code&state=abc&sandbox_account=" + username + "&redirect_uri=" + REDIRECT)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "?code=").endsWith("&state=abc");
        String code = io.trendscout.sandbox.FakeExchange.parse(URI.create(location).getRawQuery()).get("code");
        return json(form("/v2/oauth/token/", "grant_type=authorization_code&code=" + code + "&redirect_uri=" + REDIRECT));
    }

    private String authorizeUrl(String username, String extra) {
        return fake.baseUrl() + "/v2/auth/authorize/?client_key=sandbox-client-key&scope=user.info.basic,video.list"
                + "&response_type=code&state=s&sandbox_account=" + username + "&redirect_uri=" + REDIRECT + extra;
    }

    private String authorize(String username, String extra) throws Exception {
        HttpResponse<String> redirect = HTTP.send(HttpRequest.newBuilder(URI.create(authorizeUrl(username, extra))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        return io.trendscout.sandbox.FakeExchange.parse(URI.create(redirect.headers().firstValue("Location").orElseThrow())
                .getRawQuery()).get("code");
    }

    private HttpResponse<String> exchange(String code, String verifier) throws Exception {
        return form("/v2/oauth/token/", "grant_type=authorization_code&code=" + code + "&redirect_uri=" + REDIRECT
                + (verifier == null ? "" : "&code_verifier=" + verifier));
    }

    private HttpResponse<String> form(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_key=sandbox-client-key&client_secret=sandbox-client-secret&" + body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return io.trendscout.sandbox.FakeExchange.JSON.readTree(response.body());
    }
}
