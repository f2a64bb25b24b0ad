package io.trendscout.sandbox.tiktok;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import io.trendscout.sandbox.FakeExchange;
import io.trendscout.sandbox.HttpFake;
import io.trendscout.sandbox.world.SandboxWorld;
import io.trendscout.sandbox.world.VideoCounts;
import io.trendscout.sandbox.world.WorldCreator;
import io.trendscout.sandbox.world.WorldVideo;

/**
 * A faithful stand-in for TikTok for Developers (Login Kit v2, Display API v2) and the TikTok
 * Shop Partner API, following {@code external-apis.md} section 1: same paths, shapes, error
 * envelopes, rotating refresh tokens, and the 600 requests / endpoint / sliding minute limit.
 * The OAuth page is replaced by an immediate redirect (sandbox). Test hooks are available as
 * methods and as HTTP endpoints under {@code /__sandbox/}.
 *
 * <p>Its data is the {@link SandboxWorld}: the Research API queries the world's videos, and the
 * world's connectable creators are accounts whose Display API videos are their world videos with
 * the counters of the current world time, next to the fixed demo accounts ({@link DemoAccounts}).
 */
public final class TiktokFake extends HttpFake {

    private final FakeSettings settings = new FakeSettings();
    private final Grants grants = new Grants();
    private final Map<String, FakeAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> rejected = new ConcurrentHashMap<>();
    private final SlidingWindow rateLimit = new SlidingWindow();
    private final AtomicInteger denyNext = new AtomicInteger();
    private final OAuthEndpoints oauth = new OAuthEndpoints(this);
    private final DisplayEndpoints display = new DisplayEndpoints(this);
    private final ShopEndpoints shop = new ShopEndpoints(this);
    private final ResearchEndpoints research = new ResearchEndpoints(this);
    private final SandboxWorld world;
    private final FakeHooks hooks = new FakeHooks(this);
    private volatile boolean down;
    private volatile String nextAccount;
    private volatile Integer pagingEndsAfter;
    private volatile int pageShortfall;

    /** A fake on the given port (0 = any free port) with the demo accounts, serving the JVM's shared world. */
    public TiktokFake(int port) {
        this(port, SandboxWorld.shared());
    }

    /** A fake on the given port serving {@code world} (tests use their own, e.g. with a stopped clock). */
    public TiktokFake(int port, SandboxWorld world) {
        super("tiktok", port);
        this.world = world;
        addAccounts();
    }

    private void addAccounts() {
        DemoAccounts.all().forEach(this::putAccount);
        for (String username : world.tiktok().connectableUsernames()) {
            WorldCreator c = world.tiktok().creator(username);
            putAccount(new FakeAccount(WORLD_OPEN_ID + username, "world-union-id-" + username, username, c.displayName(),
                    "Sandbox world creator (" + c.category() + ", " + c.region() + ").", false, Math.round(c.scale() * 12),
                    150, Math.round(c.scale() * 40), List.of()));
        }
    }

    private static final String WORLD_OPEN_ID = "world-open-id-";

    @Override
    protected void handle(FakeExchange ex) throws IOException {
        String path = ex.path();
        if (path.startsWith("/__sandbox/")) {
            hooks.handle(ex);
            return;
        }
        String endpoint = endpoint(path);
        calls.computeIfAbsent(endpoint, k -> new AtomicInteger()).incrementAndGet();
        if (down) {
            ex.send(503, "text/html", "<html><body>Service Unavailable</body></html>".getBytes());
            return;
        }
        if (!endpoint.endsWith("authorize")) {
            faults.delayIfAsked();
            int failStatus = faults.failureStatus();
            if (failStatus != 0) {
                fail(ex, failStatus);
                return;
            }
        }
        if (!endpoint.endsWith("authorize") && !rateLimit.tryAcquire(endpoint, settings.rateLimitPerMinute)) {
            rejected.computeIfAbsent(endpoint, k -> new AtomicInteger()).incrementAndGet();
            fail(ex, 429);
            return;
        }
        switch (endpoint) {
            case "/v2/auth/authorize" -> oauth.authorize(ex);
            case "/v2/oauth/token" -> oauth.token(ex);
            case "/v2/oauth/revoke" -> oauth.revoke(ex);
            case "/v2/user/info" -> display.userInfo(ex);
            case "/v2/video/list" -> display.videoList(ex);
            case "/v2/video/query" -> display.videoQuery(ex);
            case "/v2/research/video/query" -> research.videoQuery(ex);
            case "/oauth/authorize" -> shop.authorize(ex);
            case "/api/v2/token/get" -> shop.tokenGet(ex);
            case "/api/v2/token/refresh" -> shop.tokenRefresh(ex);
            case "/authorization/202309/shops" -> shop.shops(ex);
            case "/product/202309/products" -> shop.products(ex);
            default -> DisplayEndpoints.error(ex, 404, "invalid_params", "No such endpoint: " + path);
        }
    }

    private static String endpoint(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.startsWith("/product/202309/products") ? "/product/202309/products" : trimmed;
    }

    private void fail(FakeExchange ex, int status) throws IOException {
        if (ex.path().startsWith("/v2/oauth")) {
            OAuthEndpoints.oauthError(ex, status, status == 429 ? "rate_limit_exceeded" : "server_error", "Try again later");
        } else {
            DisplayEndpoints.error(ex, status, status == 429 ? "rate_limit_exceeded" : "internal_error",
                    status == 429 ? "Rate limit exceeded" : "Something went wrong, please try again later");
        }
    }

    // ----- state used by the endpoints

    FakeSettings settings() {
        return settings;
    }

    Grants grants() {
        return grants;
    }

    FakeAccount account(String username) {
        return username == null ? null : accounts.get(username);
    }

    FakeAccount accountByOpenId(String openId) {
        FakeAccount account = accounts.values().stream().filter(a -> a.openId().equals(openId)).findFirst().orElseThrow();
        return openId.startsWith(WORLD_OPEN_ID) ? account.withVideos(worldVideos(account.username())) : account;
    }

    /** A world creator's videos as the Display API shows them now: counters at the current world time. */
    private List<FakeVideo> worldVideos(String username) {
        java.time.Instant now = world.clock().now();
        return world.tiktok().videosBy(username).stream().map(v -> displayed(v, now)).toList();
    }

    private static FakeVideo displayed(WorldVideo v, java.time.Instant now) {
        VideoCounts c = v.countsAt(now);
        int tags = v.description().indexOf(" #");
        String title = tags < 0 ? v.description() : v.description().substring(0, tags);
        return new FakeVideo(v.idString(), v.createTime().getEpochSecond(), title, v.description(), v.duration(), c.views(),
                c.likes(), c.comments(), c.shares());
    }

    SandboxWorld world() {
        return world;
    }

    ResearchEndpoints research() {
        return research;
    }

    String takeNextAccount() {
        String chosen = nextAccount;
        nextAccount = null;
        return chosen != null ? chosen : settings.defaultAccount;
    }

    boolean takeDenial() {
        return denyNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    int countPage(String authorization, boolean first) {
        AtomicInteger counter = pages.computeIfAbsent(String.valueOf(authorization), k -> new AtomicInteger());
        if (first) {
            counter.set(0);
        }
        return counter.incrementAndGet();
    }

    Integer pagingEndsAfter() {
        return pagingEndsAfter;
    }

    int pageShortfall() {
        return pageShortfall;
    }

    // ----- test hooks

    public FakeSettings clientCredentials() {
        return settings;
    }

    public void putAccount(FakeAccount account) {
        accounts.put(account.username(), account);
    }

    public FakeAccount accountNamed(String username) {
        return accounts.get(username);
    }

    public void updateAccount(String username, UnaryOperator<FakeAccount> change) {
        accounts.computeIfPresent(username, (k, v) -> change.apply(v));
    }

    public List<FakeAccount> accounts() {
        return List.copyOf(accounts.values());
    }

    /** The next sandbox authorization (without {@code sandbox_account}) logs in as this account. */
    public void nextAuthorizationAs(String username) {
        nextAccount = username;
    }

    /** The next authorization is denied by the "user". */
    public void denyNextAuthorization() {
        denyNext.incrementAndGet();
    }

    public void tokenLifetimes(Duration access, Duration refresh) {
        settings.accessTokenLifetime = access;
        settings.refreshTokenLifetime = refresh;
    }

    public void codeLifetime(Duration lifetime) {
        settings.codeLifetime = lifetime;
    }

    public void rotateRefreshTokens(boolean rotate) {
        settings.rotateRefreshTokens = rotate;
    }

    public void rateLimitPerMinute(int limit) {
        settings.rateLimitPerMinute = limit;
        rateLimit.clear();
    }

    public void pkceEncoding(String encoding) {
        settings.pkceEncoding = encoding;
    }

    /** While down, every API call answers 503 with an HTML page, as a broken edge would. */
    public void down(boolean isDown) {
        down = isDown;
    }

    /** Video list pages after the {@code pages}-th come back empty while still claiming {@code has_more}; null = off. */
    public void pagingEndsAfter(Integer pagesServed) {
        pagingEndsAfter = pagesServed;
    }

    /** Every video list page holds this many videos fewer than asked (short pages with has_more). */
    public void pageShortfall(int missing) {
        pageShortfall = missing;
    }

    /** The user removed the app in TikTok: every token of the account stops working. */
    public void revokeAllTokens(String username) {
        FakeAccount account = accounts.get(username);
        if (account != null) {
            grants.revokeAll(account.openId());
        }
    }

    /** An auth code for the Shop token endpoint, as the shop authorization page would hand out. */
    public String issueShopAuthCode() {
        return shop.issueAuthCode();
    }

    public int shopProductCount() {
        return shop.productCount();
    }

    /** Calls seen on an endpoint path such as {@code /v2/user/info} (no trailing slash). */
    public int calls(String endpoint) {
        AtomicInteger count = calls.get(endpoint);
        return count == null ? 0 : count.get();
    }

    /** Calls on an endpoint path the rate limit answered with 429 (a subset of {@link #calls}). */
    public int rateLimited(String endpoint) {
        AtomicInteger count = rejected.get(endpoint);
        return count == null ? 0 : count.get();
    }

    public int activeAccessTokens() {
        return grants.accessTokens.size();
    }

    // ----- Research API hooks

    /** The Research API client the fake accepts (client-credentials grant). */
    public void researchCredentials(String clientKey, String clientSecret) {
        settings.researchClientKey = clientKey;
        settings.researchClientSecret = clientSecret;
    }

    /** Lifetime of the client access tokens handed out from now on. */
    public void researchTokenLifetime(Duration lifetime) {
        settings.researchTokenLifetime = lifetime;
    }

    /** The daily quota per research client (TikTok: 1,000 requests and 100,000 records). */
    public void researchQuota(int requestsPerDay, long recordsPerDay) {
        settings.researchDailyRequests = requestsPerDay;
        settings.researchDailyRecords = recordsPerDay;
    }

    /** After {@code pagesBefore} more good pages, one research page comes back malformed ("truncated" JSON or "wrong-types"). */
    public void malformResearchPage(int pagesBefore, String mode) {
        research.malformPage(pagesBefore, mode);
    }

    /** Every client access token stops working (as if all had expired). */
    public void expireResearchTokens() {
        research.expireTokens();
    }

    /** Research queries answered so far (dates, search_id sent, cursor, videos served), oldest first. */
    public List<ResearchRequest> researchRequests() {
        return research.requests().stream()
                .map(r -> new ResearchRequest(r.startDate(), r.endDate(), r.searchId(), r.cursor(), r.videos())).toList();
    }

    /** A research query the fake answered; {@code searchId} is null for the first page of a search. */
    public record ResearchRequest(String startDate, String endDate, String searchId, long cursor, int videos) {
    }

    /** Today's use of the research client's quota: {@code requests} and {@code records}. */
    public Map<String, Object> researchUsage() {
        return research.usageOf(settings.researchClientKey);
    }

    /** Back to the start: demo accounts, default settings, no tokens, no faults, no counters. */
    public void reset() {
        research.clear();
        grants.clear();
        shop.clear();
        calls.clear();
        pages.clear();
        rejected.clear();
        rateLimit.clear();
        accounts.clear();
        addAccounts();
        faults.clear();
        denyNext.set(0);
        down = false;
        nextAccount = null;
        pagingEndsAfter = null;
        pageShortfall = 0;
        settings.accessTokenLifetime = Duration.ofHours(2);
        settings.refreshTokenLifetime = Duration.ofDays(180);
        settings.codeLifetime = Duration.ofMinutes(5);
        settings.rotateRefreshTokens = true;
        settings.rateLimitPerMinute = 600;
        settings.researchClientKey = "sandbox-research-client-key";
        settings.researchClientSecret = "sandbox-research-client-secret";
        settings.researchTokenLifetime = Duration.ofHours(2);
        settings.researchDailyRequests = 1_000;
        settings.researchDailyRecords = 100_000;
    }
}
