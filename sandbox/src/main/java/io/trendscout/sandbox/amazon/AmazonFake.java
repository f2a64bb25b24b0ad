package io.trendscout.sandbox.amazon;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.trendscout.sandbox.FakeExchange;
import io.trendscout.sandbox.HttpFake;
import io.trendscout.sandbox.TokenBucket;

/**
 * A faithful stand-in for Login with Amazon and the Selling Partner API ({@code external-apis.md}
 * section 3): {@code POST /auth/o2/token} (refresh-token grant, one-hour access tokens) and
 * searchListingsItems {@code GET /listings/2021-08-01/items/{sellerId}} with {@code pageSize ≤ 20},
 * {@code nextToken} paging, {@code x-amz-access-token} checks, and a token bucket per seller
 * (rate 5/s, burst 5) answering 429 {@code QuotaExceeded}. Test hooks are methods and HTTP
 * endpoints under {@code /__sandbox/}.
 */
public final class AmazonFake extends HttpFake {

    public static final String CLIENT_ID = "amzn1.application-oa2-client.sandbox";
    public static final String CLIENT_SECRET = "sandbox-lwa-client-secret";
    public static final String DEMO_SELLER = "A2SANDBOXSELLER1";
    public static final String DEMO_REFRESH_TOKEN = "Atzr|sandbox-demo-refresh-token";
    public static final String MARKETPLACE_DE = "A1PA6795UKMFR9";
    public static final int DEMO_LISTINGS = 300;

    private record AccessToken(String sellerId, Instant expiresAt) {
    }

    static final class Seller {
        final String id;
        volatile String refreshToken;
        final ConcurrentSkipListMap<Long, FakeListing> listings = new ConcurrentSkipListMap<>();

        Seller(String id, String refreshToken, int count) {
            this.id = id;
            this.refreshToken = refreshToken;
            for (long n = 1; n <= count; n++) {
                listings.put(n, new FakeListing(n));
            }
        }
    }

    private final Map<String, Seller> sellers = new ConcurrentHashMap<>();
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger tokenExchanges = new AtomicInteger();
    private final AtomicInteger searchCalls = new AtomicInteger();
    private final AtomicInteger quotaExceeded = new AtomicInteger();
    private volatile boolean rateLimited = true;
    private volatile double rate = 5;
    private volatile double burst = 5;
    private volatile Duration tokenLifetime = Duration.ofHours(1);

    /** A fake on the given port (0 = any free port) with the demo seller. */
    public AmazonFake(int port) {
        super("amazon", port);
        reset();
    }

    @Override
    protected void handle(FakeExchange ex) throws IOException {
        String path = ex.path();
        if (path.startsWith("/__sandbox/")) {
            hooks(ex);
            return;
        }
        faults.delayIfAsked();
        if (path.equals("/auth/o2/token") && ex.method().equals("POST")) {
            token(ex);
            return;
        }
        ex.addHeader("x-amzn-RequestId", UUID.randomUUID().toString());
        String[] parts = path.split("/");
        if (parts.length == 5 && path.startsWith("/listings/2021-08-01/items/") && ex.method().equals("GET")) {
            search(ex, parts[4]);
            return;
        }
        error(ex, 404, "NotFound", "Resource not found", "");
    }

    private void token(FakeExchange ex) throws IOException {
        Map<String, String> form = ex.form();
        if (!"refresh_token".equals(form.get("grant_type"))) {
            ex.json(400, Map.of("error", "unsupported_grant_type", "error_description", "Only refresh_token is supported here"));
            return;
        }
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            ex.json(401, Map.of("error", "invalid_client", "error_description", "Client authentication failed"));
            return;
        }
        String refresh = form.get("refresh_token");
        Seller seller = sellers.values().stream().filter(s -> s.refreshToken.equals(refresh)).findFirst().orElse(null);
        if (seller == null) {
            ex.json(400, Map.of("error", "invalid_grant", "error_description",
                    "The request has an invalid grant parameter : refresh_token"));
            return;
        }
        tokenExchanges.incrementAndGet();
        String access = "Atza|" + UUID.randomUUID().toString().replace("-", "");
        tokens.put(access, new AccessToken(seller.id, Instant.now().plus(tokenLifetime)));
        ex.json(200, Map.of("access_token", access, "refresh_token", refresh, "token_type", "bearer",
                "expires_in", tokenLifetime.toSeconds()));
    }

    private void search(FakeExchange ex, String sellerId) throws IOException {
        searchCalls.incrementAndGet();
        ex.addHeader("x-amzn-RateLimit-Limit", String.valueOf(rate));
        int failStatus = faults.failureStatus();
        if (failStatus != 0) {
            error(ex, failStatus, failStatus == 503 ? "ServiceUnavailable" : "InternalFailure",
                    "We encountered an internal error. Please try again.", "");
            return;
        }
        AccessToken token = tokens.get(String.valueOf(ex.header("x-amz-access-token")));
        if (token == null || !token.sellerId().equals(sellerId)) {
            error(ex, 403, "Unauthorized", "Access to requested resource is denied.", "");
            return;
        }
        if (Instant.now().isAfter(token.expiresAt())) {
            error(ex, 403, "Unauthorized", "Access to requested resource is denied.", "The access token you provided has expired.");
            return;
        }
        if (ex.header("x-amz-date") == null) {
            error(ex, 400, "InvalidInput", "Missing required header x-amz-date", "");
            return;
        }
        if (rateLimited && !buckets.computeIfAbsent(sellerId + ":searchListingsItems", k -> new TokenBucket(burst, rate)).tryTake(1)) {
            quotaExceeded.incrementAndGet();
            error(ex, 429, "QuotaExceeded", "You exceeded your quota for the requested resource.", "");
            return;
        }
        String marketplace = ex.query("marketplaceIds");
        int pageSize;
        try {
            pageSize = Integer.parseInt(ex.query().getOrDefault("pageSize", "10"));
        } catch (NumberFormatException e) {
            pageSize = -1;
        }
        if (marketplace == null || marketplace.isBlank() || pageSize < 1 || pageSize > 20) {
            error(ex, 400, "InvalidInput", "marketplaceIds is required and pageSize must be 1..20", "");
            return;
        }
        long after;
        try {
            String pageToken = ex.query("pageToken");
            after = pageToken == null ? 0 : Long.parseLong(new String(Base64.getUrlDecoder().decode(pageToken), StandardCharsets.UTF_8).substring(3));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            error(ex, 400, "InvalidInput", "Invalid pageToken", "");
            return;
        }
        Seller seller = sellers.get(sellerId);
        List<Map<String, Object>> items = new ArrayList<>();
        Long last = null;
        boolean more = false;
        for (FakeListing listing : seller.listings.tailMap(after, false).values()) {
            if (items.size() == pageSize) {
                more = true;
                break;
            }
            items.add(listing.item(marketplace.split(",")[0]));
            last = listing.number;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("numberOfResults", seller.listings.size());
        if (more) {
            body.put("pagination", Map.of("nextToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("pt:" + last).getBytes(StandardCharsets.UTF_8))));
        }
        body.put("items", items);
        ex.json(200, body);
    }

    private static void error(FakeExchange ex, int status, String code, String message, String details) throws IOException {
        ex.json(status, Map.of("errors", List.of(Map.of("code", code, "message", message, "details", details))));
    }

    private void hooks(FakeExchange ex) throws IOException {
        Map<String, String> q = ex.query();
        String seller = q.getOrDefault("seller", DEMO_SELLER);
        switch (ex.path()) {
            case "/__sandbox/reset" -> reset();
            case "/__sandbox/fail-next" -> failNext(integer(q, "count", 1), integer(q, "status", 500));
            case "/__sandbox/delay-next" -> delayNext(integer(q, "count", 1), integer(q, "millis", 10_000));
            case "/__sandbox/expire-tokens" -> expireAccessTokens();
            case "/__sandbox/revoke" -> revokeRefreshToken(seller);
            case "/__sandbox/rate-limit" -> rateLimit(Boolean.parseBoolean(q.getOrDefault("enabled", "true")),
                    integer(q, "rate", 5), integer(q, "burst", 5));
            case "/__sandbox/add-seller" -> addSeller(seller, q.get("refreshToken"), integer(q, "count", 300));
            case "/__sandbox/update-product" -> updateListing(seller, integer(q, "number", 1), q.get("title"),
                    q.containsKey("price") ? new BigDecimal(q.get("price")) : null);
            case "/__sandbox/delete-product" -> deleteListing(seller, integer(q, "number", 1));
            default -> {
                ex.json(404, Map.of("error", "unknown hook"));
                return;
            }
        }
        ex.json(200, Map.of("ok", true));
    }

    private static int integer(Map<String, String> q, String name, int fallback) {
        return q.containsKey(name) ? Integer.parseInt(q.get(name)) : fallback;
    }

    // ----- test hooks

    public void addSeller(String sellerId, String refreshToken, int listingCount) {
        sellers.put(sellerId, new Seller(sellerId, refreshToken, listingCount));
    }

    public FakeListing listing(String sellerId, long number) {
        return sellers.get(sellerId).listings.get(number);
    }

    /** Every access token handed out so far is expired from now on. */
    public void expireAccessTokens() {
        tokens.replaceAll((k, v) -> new AccessToken(v.sellerId(), Instant.now().minusSeconds(1)));
    }

    /** The seller revoked the app's authorization: the refresh token stops working. */
    public void revokeRefreshToken(String sellerId) {
        sellers.get(sellerId).refreshToken = "revoked-" + UUID.randomUUID();
        tokens.entrySet().removeIf(e -> e.getValue().sellerId().equals(sellerId));
    }

    /** Switches the searchListingsItems token bucket on or off (rate per second, burst). */
    public void rateLimit(boolean enabled, double ratePerSecond, double burstSize) {
        rateLimited = enabled;
        rate = ratePerSecond;
        burst = burstSize;
        buckets.clear();
    }

    public void tokenLifetime(Duration lifetime) {
        tokenLifetime = lifetime;
    }

    public void updateListing(String sellerId, long number, String title, BigDecimal price) {
        FakeListing listing = listing(sellerId, number);
        if (title != null) {
            listing.itemName = title;
        }
        if (price != null) {
            listing.price = price;
        }
        listing.lastUpdated = Instant.now();
    }

    public void deleteListing(String sellerId, long number) {
        sellers.get(sellerId).listings.remove(number);
    }

    public void malform(String sellerId, long number, boolean malformed) {
        listing(sellerId, number).malformed = malformed;
    }

    public int tokenExchanges() {
        return tokenExchanges.get();
    }

    public int searchCalls() {
        return searchCalls.get();
    }

    public int quotaExceeded() {
        return quotaExceeded.get();
    }

    /** Back to the start: the demo seller, rate limit on (5/s, burst 5), one-hour tokens, no faults. */
    public void reset() {
        sellers.clear();
        tokens.clear();
        addSeller(DEMO_SELLER, DEMO_REFRESH_TOKEN, DEMO_LISTINGS);
        faults.clear();
        tokenExchanges.set(0);
        searchCalls.set(0);
        quotaExceeded.set(0);
        tokenLifetime = Duration.ofHours(1);
        rateLimit(true, 5, 5);
    }
}
