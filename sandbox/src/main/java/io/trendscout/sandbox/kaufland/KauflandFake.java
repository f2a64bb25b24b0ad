package io.trendscout.sandbox.kaufland;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.trendscout.sandbox.FakeExchange;
import io.trendscout.sandbox.HttpFake;

/**
 * A faithful stand-in for the Kaufland Marketplace Seller API v2 ({@code external-apis.md}
 * section 4) under {@code /v2}: every call signed with {@code Shop-Client-Key},
 * {@code Shop-Timestamp} and {@code Shop-Signature} (HMAC-SHA256 over method, full URI, body and
 * timestamp, verified here), {@code GET /v2/units?storefront=&limit=&offset=&embedded=products}
 * with offset paging and integer-cent prices, the problem-type errors, and a requests-per-second
 * limit answering 429 with {@code Retry-After}. Test hooks are methods and HTTP endpoints under
 * {@code /__sandbox/}.
 */
public final class KauflandFake extends HttpFake {

    public static final String DEMO_CLIENT_KEY = "sandbox-kaufland-client-key";
    public static final String DEMO_SECRET_KEY = "sandbox-kaufland-secret-key";
    public static final int DEMO_UNITS = 300;
    private static final Set<String> STOREFRONTS = Set.of("de", "cz", "sk", "pl", "at", "fr", "it");

    static final class Seller {
        final String secretKey;
        final Set<String> storefronts;
        final ConcurrentSkipListMap<Long, FakeUnit> units = new ConcurrentSkipListMap<>();

        Seller(String secretKey, Set<String> storefronts, int count) {
            this.secretKey = secretKey;
            this.storefronts = storefronts;
            for (long n = 1; n <= count; n++) {
                units.put(n, new FakeUnit(n));
            }
        }
    }

    private final Map<String, Seller> sellers = new ConcurrentHashMap<>();
    private final Deque<Long> window = new ArrayDeque<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger tooMany = new AtomicInteger();
    private volatile int requestsPerSecond = 10;
    private volatile long timestampTolerance = 300;

    /** A fake on the given port (0 = any free port) with the demo seller. */
    public KauflandFake(int port) {
        super("kaufland", port);
        reset();
    }

    @Override
    protected void handle(FakeExchange ex) throws IOException {
        String path = ex.path();
        if (path.startsWith("/__sandbox/")) {
            hooks(ex);
            return;
        }
        if (path.equals("/v2/status/ping")) {
            ex.json(200, Map.of("message", "pong"));
            return;
        }
        calls.incrementAndGet();
        faults.delayIfAsked();
        int failStatus = faults.failureStatus();
        if (failStatus != 0) {
            ex.send(failStatus, "text/html", "<html><body><h1>Service temporarily unavailable</h1></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        Seller seller = verified(ex);
        if (seller == null) {
            return;
        }
        if (!allowed()) {
            tooMany.incrementAndGet();
            ex.addHeader("Retry-After", "1");
            problem(ex, 429, "too-many-requests", "Too many requests, slow down", List.of());
            return;
        }
        if (path.equals("/v2/units") && ex.method().equals("GET")) {
            units(ex, seller);
        } else {
            problem(ex, 404, "not-found", "Resource not found", List.of());
        }
    }

    private Seller verified(FakeExchange ex) throws IOException {
        String key = ex.header("Shop-Client-Key");
        String timestamp = ex.header("Shop-Timestamp");
        String signature = ex.header("Shop-Signature");
        if (key == null || timestamp == null || signature == null || ex.header("User-Agent") == null
                || !"application/json".equals(ex.header("Accept"))) {
            problem(ex, 400, "missing-or-invalid-request-header",
                    "Shop-Client-Key, Shop-Timestamp, Shop-Signature, User-Agent and Accept: application/json are required", List.of());
            return null;
        }
        Seller seller = sellers.get(key);
        if (seller == null) {
            problem(ex, 401, "invalid-credentials", "The client key is not known", List.of());
            return null;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            ts = 0;
        }
        if (Math.abs(Instant.now().getEpochSecond() - ts) > timestampTolerance) {
            problem(ex, 400, "missing-or-invalid-request-header", "Shop-Timestamp is outside the allowed window", List.of());
            return null;
        }
        String expected = sign(seller.secretKey, ex.method(), ex.fullUri(), ex.body(), ts);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            problem(ex, 401, "corrupted-signature", "The signature does not match the request", List.of());
            return null;
        }
        return seller;
    }

    private synchronized boolean allowed() {
        if (requestsPerSecond <= 0) {
            return true;
        }
        long now = System.nanoTime();
        while (!window.isEmpty() && now - window.peekFirst() >= 1_000_000_000L) {
            window.pollFirst();
        }
        if (window.size() >= requestsPerSecond) {
            return false;
        }
        window.addLast(now);
        return true;
    }

    private void units(FakeExchange ex, Seller seller) throws IOException {
        String storefront = ex.query("storefront");
        if (storefront == null || !STOREFRONTS.contains(storefront)) {
            problem(ex, 400, "validation-error", "Validation failed", List.of(Map.of("field", "storefront", "message", "invalid storefront")));
            return;
        }
        if (!seller.storefronts.contains(storefront)) {
            problem(ex, 400, "storefront-not-configured", "The storefront is not configured for this seller", List.of());
            return;
        }
        int limit;
        int offset;
        try {
            limit = Integer.parseInt(ex.query().getOrDefault("limit", "30"));
            offset = Integer.parseInt(ex.query().getOrDefault("offset", "0"));
        } catch (NumberFormatException e) {
            limit = -1;
            offset = -1;
        }
        if (limit < 0 || limit > 100 || offset < 0) {
            problem(ex, 400, "validation-error", "Validation failed", List.of(Map.of("field", "limit", "message", "0..100")));
            return;
        }
        List<FakeUnit> all = new ArrayList<>(seller.units.values());
        List<Map<String, Object>> data = new ArrayList<>();
        boolean embed = String.valueOf(ex.query("embedded")).contains("products");
        for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
            Map<String, Object> unit = all.get(i).json(storefront);
            if (!embed) {
                unit.remove("product");
            }
            data.add(unit);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("pagination", Map.of("offset", offset, "limit", limit, "total", all.size()));
        ex.json(200, body);
    }

    private static void problem(FakeExchange ex, int status, String type, String message, List<Map<String, String>> errors)
            throws IOException {
        ex.json(status, Map.of("type", "/problems/" + type, "message", message, "errors", errors));
    }

    /** The reference's signature, written independently of the service's client. */
    public static String sign(String secretKey, String method, String fullUri, String body, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String input = method + "\n" + fullUri + "\n" + body + "\n" + timestamp;
            return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void hooks(FakeExchange ex) throws IOException {
        Map<String, String> q = ex.query();
        String key = q.getOrDefault("clientKey", DEMO_CLIENT_KEY);
        switch (ex.path()) {
            case "/__sandbox/reset" -> reset();
            case "/__sandbox/fail-next" -> failNext(integer(q, "count", 1), integer(q, "status", 500));
            case "/__sandbox/delay-next" -> delayNext(integer(q, "count", 1), integer(q, "millis", 10_000));
            case "/__sandbox/rate-limit" -> requestsPerSecond(Boolean.parseBoolean(q.getOrDefault("enabled", "true"))
                    ? integer(q, "perSecond", 10) : 0);
            case "/__sandbox/add-seller" -> addSeller(key, q.get("secretKey"), integer(q, "count", 300));
            case "/__sandbox/update-product" -> updateUnit(key, integer(q, "number", 1), q.get("title"),
                    q.containsKey("priceCents") ? Long.parseLong(q.get("priceCents")) : null);
            case "/__sandbox/delete-product" -> deleteUnit(key, integer(q, "number", 1));
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

    public void addSeller(String clientKey, String secretKey, int unitCount) {
        sellers.put(clientKey, new Seller(secretKey, Set.of("de"), unitCount));
    }

    public FakeUnit unit(String clientKey, long number) {
        return sellers.get(clientKey).units.get(number);
    }

    /** Requests per second across the API; 0 switches the limit off. */
    public synchronized void requestsPerSecond(int limit) {
        requestsPerSecond = limit;
        window.clear();
    }

    public void timestampTolerance(long seconds) {
        timestampTolerance = seconds;
    }

    public void updateUnit(String clientKey, long number, String title, Long priceCents) {
        FakeUnit unit = unit(clientKey, number);
        if (title != null) {
            unit.title = title;
        }
        if (priceCents != null) {
            unit.priceCents = priceCents;
        }
        unit.lastChange = Instant.now();
    }

    public void deleteUnit(String clientKey, long number) {
        sellers.get(clientKey).units.remove(number);
    }

    public void malform(String clientKey, long number, boolean malformed) {
        unit(clientKey, number).malformed = malformed;
    }

    public int calls() {
        return calls.get();
    }

    public int tooManyRequests() {
        return tooMany.get();
    }

    /** Back to the start: the demo seller (storefront de), 10 requests/s, no faults, no counters. */
    public void reset() {
        sellers.clear();
        addSeller(DEMO_CLIENT_KEY, DEMO_SECRET_KEY, DEMO_UNITS);
        faults.clear();
        calls.set(0);
        tooMany.set(0);
        timestampTolerance = 300;
        requestsPerSecond(10);
    }
}
