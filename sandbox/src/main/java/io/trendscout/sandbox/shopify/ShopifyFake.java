package io.trendscout.sandbox.shopify;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.trendscout.sandbox.FakeExchange;
import io.trendscout.sandbox.HttpFake;
import io.trendscout.sandbox.TokenBucket;

/**
 * A faithful stand-in for the Shopify GraphQL Admin API ({@code external-apis.md} section 2):
 * {@code POST /admin/api/{version}/graphql.json} with {@code X-Shopify-Access-Token}, the
 * {@code products} connection with cursor paging and the {@code updated_at:>'…'} search filter,
 * calculated query cost in {@code extensions.cost} with a leaky bucket and {@code THROTTLED}
 * errors, and signed products/* webhooks sent on request. One host serves every shop: the access
 * token tells which shop is meant. Test hooks are methods and HTTP endpoints under {@code /__sandbox/}.
 */
public final class ShopifyFake extends HttpFake {

    public static final String DEMO_SHOP = "trendscout-demo.myshopify.com";
    public static final String DEMO_TOKEN = "shpat_sandbox_demo_token";
    /** The app's client secret: webhooks are signed with it. */
    public static final String APP_SECRET = "sandbox-shopify-app-secret";
    public static final int DEMO_PRODUCTS = 300;

    private final Map<String, FakeShop> shops = new ConcurrentHashMap<>();
    private final AtomicInteger garbleNext = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger throttledCalls = new AtomicInteger();
    private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ShopifyGraphql graphql = new ShopifyGraphql(this);
    private volatile boolean rateLimited = true;
    private volatile int throttleHttpStatus = 200;
    private volatile TokenBucket bucket;

    /** A fake on the given port (0 = any free port) with the demo shop. */
    public ShopifyFake(int port) {
        super("shopify", port);
        reset();
    }

    @Override
    protected void handle(FakeExchange ex) throws IOException {
        String path = ex.path();
        if (path.startsWith("/__sandbox/")) {
            new ShopifyHooks(this).handle(ex);
            return;
        }
        if (!path.matches("/admin/api/\\d{4}-(01|04|07|10)/graphql\\.json") || !ex.method().equals("POST")) {
            ex.json(404, Map.of("errors", "Not Found"));
            return;
        }
        calls.incrementAndGet();
        faults.delayIfAsked();
        int failStatus = faults.failureStatus();
        if (failStatus != 0) {
            ex.json(failStatus, Map.of("errors", failStatus == 503 ? "Service Unavailable" : "Internal Server Error"));
            return;
        }
        FakeShop shop = shopByToken(ex.header("X-Shopify-Access-Token"));
        if (shop == null) {
            ex.json(401, Map.of("errors", "[API] Invalid API key or access token (unrecognized login or wrong password)"));
            return;
        }
        if (garbleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ex.send(200, "application/json", "{\"data\":{\"products\":{\"edges\":[{\"cursor\":".getBytes(StandardCharsets.UTF_8));
            return;
        }
        graphql.handle(ex, shop);
    }

    // ----- state used by the endpoint

    FakeShop shopByToken(String token) {
        if (token == null) {
            return null;
        }
        return shops.values().stream().filter(s -> token.equals(s.accessToken)).findFirst().orElse(null);
    }

    TokenBucket bucket() {
        return bucket;
    }

    boolean rateLimited() {
        return rateLimited;
    }

    int throttleHttpStatus() {
        return throttleHttpStatus;
    }

    void countThrottled() {
        throttledCalls.incrementAndGet();
    }

    FakeShop shop(String domain) {
        FakeShop shop = shops.get(domain == null ? DEMO_SHOP : domain);
        if (shop == null) {
            throw new IllegalArgumentException("No shop " + domain);
        }
        return shop;
    }

    // ----- test hooks

    /** Adds (or replaces) a shop with {@code productCount} deterministic products. */
    public void addShop(String domain, String accessToken, int productCount) {
        shops.put(domain, new FakeShop(domain, accessToken, productCount));
    }

    public int productCount(String domain) {
        return shop(domain).products.size();
    }

    public FakeProduct product(String domain, long number) {
        return shop(domain).byNumber(number);
    }

    /** The next {@code count} API calls answer 200 with a truncated JSON body. */
    public void garbleNext(int count) {
        garbleNext.set(count);
    }

    /** The merchant uninstalled the app: the shop's access token stops working. */
    public void revokeToken(String domain) {
        shop(domain).accessToken = "revoked-" + UUID.randomUUID();
    }

    /** Switches cost-based throttling on or off and sets the bucket (points) and restore rate (points/s). */
    public void rateLimit(boolean enabled, double maximumAvailable, double restorePerSecond) {
        rateLimited = enabled;
        bucket = new TokenBucket(maximumAvailable, restorePerSecond);
    }

    /** HTTP status of THROTTLED answers (Shopify's is disputed: 200 or 429). */
    public void throttleHttpStatus(int status) {
        throttleHttpStatus = status;
    }

    /** Drains the cost bucket, as a burst of other apps' queries would. */
    public void drainBucket() {
        bucket.tryTake(bucket.available());
    }

    /** Makes a product's payload malformed (null title, unparseable price). */
    public void malform(String domain, long number, boolean malformed) {
        product(domain, number).malformed = malformed;
    }

    /** Changes a product (a null value keeps the field) and, with {@code notifyUrl}, sends products/update. */
    public int updateProduct(String domain, long number, String title, BigDecimal price, String notifyUrl) {
        FakeProduct product = product(domain, number);
        if (title != null) {
            product.title = title;
        }
        if (price != null) {
            product.price = price;
        }
        product.updatedAt = Instant.now();
        return notifyUrl == null ? 0 : sendWebhook(notifyUrl, domain, "products/update",
                FakeExchange.JSON.writeValueAsString(product.webhookBody()), UUID.randomUUID().toString());
    }

    /** Deletes a product and, with {@code notifyUrl}, sends products/delete. */
    public int deleteProduct(String domain, long number, String notifyUrl) {
        FakeProduct product = shop(domain).products.remove(7_000_000_000L + number);
        if (product == null || notifyUrl == null) {
            return 0;
        }
        return sendWebhook(notifyUrl, domain, "products/delete", "{\"id\":" + product.id() + "}", UUID.randomUUID().toString());
    }

    /** Sends a signed webhook the way Shopify does; returns the receiver's HTTP status. */
    public int sendWebhook(String url, String domain, String topic, String body, String webhookId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", topic)
                .header("X-Shopify-Hmac-Sha256", sign(APP_SECRET, body))
                .header("X-Shopify-Shop-Domain", domain)
                .header("X-Shopify-API-Version", "2025-07")
                .header("X-Shopify-Webhook-Id", webhookId)
                .header("X-Shopify-Event-Id", UUID.randomUUID().toString())
                .header("X-Shopify-Triggered-At", Instant.now().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return webhookClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException ex) {
            return -1;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** {@code base64(HMAC-SHA256(secret, body))}, as in X-Shopify-Hmac-Sha256. */
    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public int calls() {
        return calls.get();
    }

    public int throttledCalls() {
        return throttledCalls.get();
    }

    /** Back to the start: the demo shop, throttling on (2000 points, 100/s), no faults, no counters. */
    public void reset() {
        shops.clear();
        addShop(DEMO_SHOP, DEMO_TOKEN, DEMO_PRODUCTS);
        faults.clear();
        garbleNext.set(0);
        calls.set(0);
        throttledCalls.set(0);
        throttleHttpStatus = 200;
        rateLimit(true, 2000, 100);
    }
}
