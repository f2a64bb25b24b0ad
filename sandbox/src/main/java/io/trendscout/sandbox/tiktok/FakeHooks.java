package io.trendscout.sandbox.tiktok;

import io.trendscout.sandbox.FakeExchange;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/** The fake's test hooks over HTTP, for tests that run it in another process. */
final class FakeHooks {

    private final TiktokFake fake;

    FakeHooks(TiktokFake fake) {
        this.fake = fake;
    }

    void handle(FakeExchange ex) throws IOException {
        Map<String, String> q = ex.query();
        switch (ex.path()) {
            case "/__sandbox/reset" -> fake.reset();
            case "/__sandbox/fail-next" -> fake.failNext(Integer.parseInt(q.getOrDefault("count", "1")),
                    Integer.parseInt(q.getOrDefault("status", "500")));
            case "/__sandbox/down" -> fake.down(Boolean.parseBoolean(q.getOrDefault("value", "true")));
            case "/__sandbox/deny-next" -> fake.denyNextAuthorization();
            case "/__sandbox/next-account" -> fake.nextAuthorizationAs(q.get("username"));
            case "/__sandbox/revoke" -> fake.revokeAllTokens(q.get("username"));
            case "/__sandbox/rate-limit" -> fake.rateLimitPerMinute(Integer.parseInt(q.getOrDefault("perMinute", "600")));
            case "/__sandbox/token-lifetimes" -> fake.tokenLifetimes(
                    Duration.ofSeconds(Long.parseLong(q.getOrDefault("accessSeconds", "7200"))),
                    Duration.ofSeconds(Long.parseLong(q.getOrDefault("refreshSeconds", "15552000"))));
            case "/__sandbox/world/truth" -> {
                ex.json(200, fake.world().truth().document());
                return;
            }
            case "/__sandbox/world/creators" -> {
                ex.json(200, Map.of("connectable", fake.world().tiktok().connectableUsernames(),
                        "panel", fake.world().tiktok().panelUsernames(), "panelHashtag", fake.world().tiktok().panelHashtag(),
                        "stats", fake.world().tiktok().stats()));
                return;
            }
            case "/__sandbox/research/credentials" -> fake.researchCredentials(q.get("clientKey"), q.get("clientSecret"));
            case "/__sandbox/research/token-lifetime" -> fake.researchTokenLifetime(
                    Duration.ofSeconds(Long.parseLong(q.getOrDefault("seconds", "7200"))));
            case "/__sandbox/research/quota" -> fake.researchQuota(Integer.parseInt(q.getOrDefault("requests", "1000")),
                    Long.parseLong(q.getOrDefault("records", "100000")));
            case "/__sandbox/research/malform-next" -> fake.malformResearchPage(
                    Integer.parseInt(q.getOrDefault("after", "0")), q.getOrDefault("mode", "truncated"));
            case "/__sandbox/research/usage" -> {
                ex.json(200, fake.researchUsage());
                return;
            }
            case "/__sandbox/shop-auth-code" -> {
                ex.json(200, Map.of("auth_code", fake.issueShopAuthCode()));
                return;
            }
            default -> {
                ex.json(404, Map.of("error", "unknown hook"));
                return;
            }
        }
        ex.json(200, Map.of("ok", true));
    }
}
