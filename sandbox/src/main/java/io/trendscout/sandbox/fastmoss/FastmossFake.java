package io.trendscout.sandbox.fastmoss;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.trendscout.sandbox.FakeExchange;
import io.trendscout.sandbox.HttpFake;
import io.trendscout.sandbox.world.GroundTruth;
import io.trendscout.sandbox.world.SandboxWorld;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A stand-in for the FastMoss OPEN API (licensed TikTok Shop market data) over the sandbox
 * world's market, following developers.fastmoss.com as stored ({@code external-apis.md} §1.3):
 * every call {@code POST} with a JSON body; the envelope {@code {code, msg, data, request_id,
 * timestamp}}, HTTP 200 with code 0 on success and the business codes 10001 bad parameter, 20001
 * not found, 30001 no permission, 30002 data limit exceeded, 30003 frequency limit exceeded,
 * 40001 service error; both auth styles: URL parameters {@code client_id, access_token, timestamp,
 * sign} (+ optional {@code signature_version}) and the header {@code Authorization: Bearer <token>}.
 *
 * <p>Endpoints: {@code /product/v1/rank/topSales}, {@code /product/v1/search},
 * {@code /product/v1/salesTrend}. The stored pages show no hashtag or sound rankings, so there are
 * none. UNCONFIRMED and chosen here: the sign algorithm ({@link SignatureScheme}), business errors
 * answered with HTTP 200, the per-second limit (default 20) and daily record limit (default
 * 500,000), the timestamp tolerance (300 s), the shape of {@code category} and of the growth fields.
 *
 * <p>Sandbox hooks, as methods and under {@code /__sandbox/}: {@code reset}, {@code fail-next},
 * {@code delay-next}, {@code data-limit}, {@code frequency-limit}, {@code throttle-next},
 * {@code malformed-next}, {@code truth} (the world's ground truth).
 */
public final class FastmossFake extends HttpFake {

    /** The sandbox platform's credentials (sandbox values, not secrets). */
    public static final String CLIENT_ID = "sandbox-fastmoss-client";
    public static final String CLIENT_SECRET = "sandbox-fastmoss-secret";
    public static final String ACCESS_TOKEN = "sandbox-fastmoss-token";

    public static final String TOP_SALES = "/product/v1/rank/topSales";
    public static final String SEARCH = "/product/v1/search";
    public static final String SALES_TREND = "/product/v1/salesTrend";
    private static final Set<String> ENDPOINTS = Set.of(TOP_SALES, SEARCH, SALES_TREND);

    /** One call of the per-product trend endpoint, for tests. */
    public record TrendRequest(String productId, int days) {
    }

    private final SandboxWorld world;
    private final FastmossMarket market;
    private final MarketEndpoints endpoints;
    private final FrequencyWindow frequency = new FrequencyWindow();
    private final FastmossHooks hooks = new FastmossHooks(this);
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<TrendRequest> trendRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final AtomicInteger malformedNext = new AtomicInteger();
    private final AtomicBoolean absurdNext = new AtomicBoolean();
    private final AtomicLong requestIds = new AtomicLong();
    private final AtomicLong recordsToday = new AtomicLong();
    private volatile LocalDate recordsDay;
    private volatile String malformedKind = "truncated";
    private volatile Supplier<Instant> clock;
    private volatile SignatureScheme signature = SignatureScheme.md5();
    private volatile long dataLimit = 500_000;
    private volatile int perSecond = 20;
    private volatile long timestampToleranceSeconds = 300;
    private volatile boolean includeToday = true;

    /** A fake on the given port (0 = any free port) over the JVM's shared world. */
    public FastmossFake(int port) {
        this(port, SandboxWorld.shared());
    }

    public FastmossFake(int port, SandboxWorld world) {
        super("fastmoss", port);
        this.world = world;
        this.market = new FastmossMarket(world);
        this.endpoints = new MarketEndpoints(market);
        this.clock = world.clock()::now;
        register(world.truth());
    }

    /** Plants the market's products in the world's ground truth once, however many fakes share the world. */
    private void register(GroundTruth truth) {
        synchronized (truth) {
            Set<String> known = new HashSet<>();
            truth.all().stream().filter(t -> t.type().equals("PRODUCT")).forEach(t -> known.add(t.externalId()));
            market.planted().stream().filter(p -> !known.contains(p.productId())).forEach(p -> truth.add(p.planted()));
        }
    }

    @Override
    protected void handle(FakeExchange ex) throws IOException {
        String path = ex.path();
        if (path.startsWith("/__sandbox/")) {
            hooks.handle(ex);
            return;
        }
        calls.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        faults.delayIfAsked();
        int failStatus = faults.failureStatus();
        if (failStatus != 0) {
            int code = failStatus == 429 ? FastmossError.FREQUENCY_LIMIT : FastmossError.SERVICE_ERROR;
            ex.json(failStatus, envelope(code, failStatus == 429 ? "access frequency limit exceeded" : "service exception", null));
            return;
        }
        if (!ENDPOINTS.contains(path)) {
            ex.json(404, envelope(FastmossError.NOT_FOUND, "api " + path + " not found", null));
            return;
        }
        if (!ex.method().equals("POST")) {
            ex.json(405, envelope(FastmossError.BAD_PARAMETER, "all APIs use POST", null));
            return;
        }
        if (malformedNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            malformed(ex, malformedKind);
            return;
        }
        try {
            String client = authenticate(ex);
            if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || !frequency.tryAcquire(client, perSecond)) {
                throw new FastmossError(FastmossError.FREQUENCY_LIMIT, "access frequency limit exceeded");
            }
            Instant now = clock.get();
            if (dataLimit > 0 && recordsServed(now) >= dataLimit) {
                throw new FastmossError(FastmossError.DATA_LIMIT, "data limit exceeded");
            }
            JsonNode body = parse(ex.body());
            Map<String, Object> data = switch (path) {
                case TOP_SALES -> endpoints.topSales(body, now);
                case SEARCH -> endpoints.search(body, now);
                default -> trend(body, now);
            };
            Object list = data.get("list");
            if (list instanceof List<?> items) {
                recordsToday.addAndGet(items.size());
                if (absurdNext.getAndSet(false)) {
                    data.put("list", items.stream().map(FastmossFake::absurd).toList());
                }
            }
            ex.json(200, envelope(0, "success", data));
        } catch (FastmossError error) {
            ex.json(200, envelope(error.code(), error.getMessage(), null));
        }
    }

    private Map<String, Object> trend(JsonNode body, Instant now) {
        JsonNode filter = body.path("filter");
        trendRequests.add(new TrendRequest(filter.path("product_id").asString(""), filter.path("days").asInt(0)));
        return endpoints.salesTrend(body, now, includeToday);
    }

    /** The client, or {@link FastmossError} 30001 when neither auth style checks out. */
    private String authenticate(FakeExchange ex) {
        String authorization = ex.header("Authorization");
        if (authorization != null) {
            if (authorization.equals("Bearer " + ACCESS_TOKEN)) {
                return ACCESS_TOKEN;
            }
            throw new FastmossError(FastmossError.NO_PERMISSION, "invalid access token");
        }
        Map<String, String> q = ex.query();
        String clientId = q.get("client_id");
        String token = q.get("access_token");
        String timestamp = q.get("timestamp");
        String sign = q.get("sign");
        if (clientId == null || token == null || timestamp == null || sign == null) {
            throw new FastmossError(FastmossError.NO_PERMISSION,
                    "missing credentials: Authorization: Bearer, or client_id, access_token, timestamp and sign");
        }
        if (!clientId.equals(CLIENT_ID) || !token.equals(ACCESS_TOKEN)) {
            throw new FastmossError(FastmossError.NO_PERMISSION, "invalid client_id or access_token");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw FastmossError.badParameter("timestamp must be Unix seconds");
        }
        if (Math.abs(Instant.now().getEpochSecond() - seconds) > timestampToleranceSeconds) {
            throw new FastmossError(FastmossError.NO_PERMISSION, "timestamp expired");
        }
        String expected = signature.sign(CLIENT_SECRET, ex.path(), new TreeMap<>(q), ex.body());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sign.getBytes(StandardCharsets.UTF_8))) {
            throw new FastmossError(FastmossError.NO_PERMISSION, "invalid sign");
        }
        return clientId;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return FakeExchange.JSON.createObjectNode();
        }
        try {
            JsonNode node = FakeExchange.JSON.readTree(body);
            if (!node.isObject()) {
                throw FastmossError.badParameter("the request body must be a JSON object");
            }
            return node;
        } catch (JacksonException ex) {
            throw FastmossError.badParameter("the request body is not valid JSON");
        }
    }

    private long recordsServed(Instant now) {
        LocalDate today = FastmossMarket.day(now);
        if (!today.equals(recordsDay)) {
            recordsDay = today;
            recordsToday.set(0);
        }
        return recordsToday.get();
    }

    private Map<String, Object> envelope(int code, String msg, Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("code", code);
        envelope.put("msg", msg);
        envelope.put("data", data);
        envelope.put("request_id", UUID.nameUUIDFromBytes(("fastmoss-" + requestIds.incrementAndGet()).getBytes()).toString());
        envelope.put("timestamp", Instant.now().getEpochSecond());
        return envelope;
    }

    private static void malformed(FakeExchange ex, String kind) throws IOException {
        if (kind.equals("html")) {
            ex.send(200, "text/html", "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8));
        } else {
            ex.send(200, "application/json", "{\"code\":0,\"msg\":\"success\",\"data\":{\"list\":[{\"dt\":\"20"
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Object absurd(Object item) {
        if (item instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            copy.put("units_sold", -7);
            return copy;
        }
        return item;
    }

    // ----- test hooks

    public SandboxWorld world() {
        return world;
    }

    public FastmossMarket market() {
        return market;
    }

    /** World time as the fake sees it (defaults to the world clock). */
    public Instant now() {
        return clock.get();
    }

    /** Serves the market as of this clock instead of the world's (tests pin it). */
    public void clock(Supplier<Instant> now) {
        clock = now;
    }

    public void signatureScheme(SignatureScheme scheme) {
        signature = scheme;
    }

    /** Records (list items) served per day before 30002; 0 = unlimited. Resets today's count. */
    public void dataLimit(long records) {
        dataLimit = records;
        recordsToday.set(0);
    }

    /** Calls per client in any second before 30003; 0 = unlimited. */
    public void frequencyLimit(int callsPerSecond) {
        perSecond = callsPerSecond;
        frequency.clear();
    }

    /** The next {@code count} authenticated calls answer 30003 whatever their rate. */
    public void throttleNext(int count) {
        throttleNext.set(count);
    }

    /**
     * The next {@code count} calls answer a malformed page: {@code truncated} JSON, an {@code html}
     * page with status 200, or ({@code absurd}, one call) a well-formed answer whose list items sell
     * negative units.
     */
    public void malformedNext(int count, String kind) {
        if (kind.equals("absurd")) {
            absurdNext.set(count > 0);
        } else if (kind.equals("truncated") || kind.equals("html")) {
            malformedKind = kind;
            malformedNext.set(count);
        } else {
            throw new IllegalArgumentException("Unknown malformed kind " + kind + " (truncated, html or absurd)");
        }
    }

    /** Whether the trend's last day is today so far (default) or yesterday. */
    public void includeToday(boolean include) {
        includeToday = include;
    }

    public long recordsToday() {
        return recordsToday.get();
    }

    public int calls(String path) {
        AtomicInteger count = calls.get(path);
        return count == null ? 0 : count.get();
    }

    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public List<TrendRequest> trendRequests() {
        return new ArrayList<>(trendRequests);
    }

    /** Back to the start: world clock, default limits and signature, no faults, no counters. */
    public void reset() {
        faults.clear();
        calls.clear();
        trendRequests.clear();
        frequency.clear();
        throttleNext.set(0);
        malformedNext.set(0);
        absurdNext.set(false);
        malformedKind = "truncated";
        recordsToday.set(0);
        clock = world.clock()::now;
        signature = SignatureScheme.md5();
        dataLimit = 500_000;
        perSecond = 20;
        includeToday = true;
    }
}
