package io.trendscout.tiktok.bench;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import io.trendscout.platform.events.EventTypes;
import io.trendscout.platform.test.PlatformTestInitializer;
import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.sandbox.FakeExchange;
import io.trendscout.sandbox.tiktok.DemoAccounts;
import io.trendscout.sandbox.tiktok.FakeAccount;
import io.trendscout.sandbox.tiktok.TiktokFake;
import io.trendscout.tiktok.TiktokApplication;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refreshes N connected accounts (default 1,000) against the TikTok fake with its rate limit on
 * (600 requests per endpoint per sliding minute) and reports accounts/min against the ceiling that
 * limit allows. The accounts are connected through the real OAuth path (auth URL, the fake's
 * authorize redirect, the service's callback, which also runs the first fetch); the measured part
 * is the daily job's own method ({@code DailyFetch.run}, what the cron trigger calls) over every
 * active connection. The service runs with its production settings ({@code application.yml} only,
 * not the test overrides). Not a test: {@code ./trendscout bench tiktok [accounts]}.
 */
public final class TiktokRefreshBench {

    private static final String[] ENDPOINTS = {"/v2/user/info", "/v2/video/list", "/v2/video/query", "/v2/oauth/token"};
    private static final int LIMIT_PER_MINUTE = 600;

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable ex) {
            ex.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int browsers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        TestInfrastructure.get();

        TiktokFake fake = new TiktokFake(0);
        List<FakeAccount> bench = DemoAccounts.generated(accounts, 7);
        bench.forEach(fake::putAccount);
        fake.start();
        fake.rateLimitPerMinute(LIMIT_PER_MINUTE);

        long bootStart = System.nanoTime();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.config.location", "classpath:/application.yml");
        props.put("server.port", "0");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.io.trendscout.tiktok.stats.DailyFetch", "INFO");
        props.put("trendscout.tiktok.api.base-url", fake.baseUrl());
        props.put("trendscout.tiktok.oauth.authorize-url", fake.baseUrl() + "/v2/auth/authorize/");
        props.put("trendscout.tiktok.oauth.client-key", fake.clientCredentials().clientKey());
        props.put("trendscout.tiktok.oauth.client-secret", fake.clientCredentials().clientSecret());
        props.put("trendscout.tiktok.oauth.redirect-uri", "https://gateway.bench/api/tiktok/auth/callback");
        props.put("trendscout.tiktok.fetch.cron", "-");
        props.put("trendscout.tiktok.shop.auth-url", fake.baseUrl());
        props.put("trendscout.tiktok.shop.api-url", fake.baseUrl());
        ConfigurableApplicationContext app = new SpringApplicationBuilder(TiktokApplication.class)
                .initializers(new PlatformTestInitializer())
                // as arguments: they must win over application.yml (builder defaults would not)
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        Environment env = app.getEnvironment();
        int port = Integer.parseInt(env.getProperty("local.server.port"));
        int maxPages = env.getProperty("trendscout.tiktok.fetch.max-pages", Integer.class);
        int pageSize = env.getProperty("trendscout.tiktok.fetch.page-size", Integer.class);
        System.out.printf("BENCH service up in %.1f s; client limit %s/min per endpoint, fetch concurrency %s, max-pages %d x %d%n",
                (System.nanoTime() - bootStart) / 1e9, env.getProperty("trendscout.tiktok.api.requests-per-minute"),
                env.getProperty("trendscout.tiktok.fetch.concurrency", "4 (default)"), maxPages, pageSize);

        // ---- connect every account through the real OAuth path (not measured against the ceiling)
        long connectStart = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<UUID> users = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(browsers)) {
            List<Future<?>> connects = new ArrayList<>();
            for (FakeAccount account : bench) {
                UUID user = UUID.randomUUID();
                users.add(user);
                connects.add(pool.submit(() -> connect(http, port, fake, user, account.username())));
            }
            for (Future<?> f : connects) {
                f.get();
            }
        }
        double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
        System.out.printf("BENCH connected %,d accounts through auth URL -> fake authorize -> callback in %.1f s (%.0f/min; "
                + "each callback also runs the first full fetch)%n", accounts, connectSeconds, accounts / connectSeconds * 60);

        // ---- the ceiling: the bottleneck endpoint's calls per account under 600 / endpoint / minute
        Map<String, Long> planned = new LinkedHashMap<>();
        planned.put("/v2/user/info", (long) accounts);
        planned.put("/v2/video/list", bench.stream().mapToLong(a -> pages(a.videos().size(), maxPages, pageSize)).sum());
        planned.put("/v2/video/query", 0L);
        planned.put("/v2/oauth/token", 0L);
        String bottleneck = planned.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double perAccount = (double) planned.get(bottleneck) / accounts;
        double ceiling = LIMIT_PER_MINUTE / perAccount;
        long empty = bench.stream().filter(a -> a.videos().isEmpty()).count();
        long multi = bench.stream().filter(a -> a.videos().size() > pageSize).count();
        System.out.printf("BENCH accounts: %,d (%d without videos, %d with more than one page, %,d videos in all)%n", accounts,
                empty, multi, bench.stream().mapToLong(a -> a.videos().size()).sum());
        System.out.println("BENCH ceiling derivation (FULL fetch = 1 user.info + ceil(videos / " + pageSize + ") video.list pages,"
                + " none for 0 videos, at most " + maxPages + "; no video.query; no token call while the 2 h access token is fresh):");
        planned.forEach((endpoint, calls) -> System.out.printf("BENCH   %-16s %,6d calls = %.3f per account -> %s%n", endpoint, calls,
                (double) calls / accounts, calls == 0 ? "unconstrained" : String.format("%.0f accounts/min", LIMIT_PER_MINUTE * accounts / (double) calls)));
        System.out.printf("BENCH   bottleneck %s: ceiling = %d / %.3f = %.0f accounts/min (steady state; a quiet window also "
                + "allows one initial burst of %d)%n", bottleneck, LIMIT_PER_MINUTE, perAccount, ceiling, LIMIT_PER_MINUTE);

        // ---- the measured run: the daily job over every active connection
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        String schema = env.getProperty("trendscout.test.schema");
        Map<String, Integer> callsBefore = counters(fake, false);
        Map<String, Integer> limitedBefore = counters(fake, true);
        Object dailyFetch = app.getBean(Class.forName("io.trendscout.tiktok.stats.DailyFetch"));
        Method run = dailyFetch.getClass().getDeclaredMethod("run", Instant.class);
        run.setAccessible(true);
        Instant slot = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant runStart = Instant.now();
        List<Double> perInterval = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> sample(jdbc, schema, runStart, done, perInterval));
        long t0 = System.nanoTime();
        Object result = run.invoke(dailyFetch, slot);
        double seconds = (System.nanoTime() - t0) / 1e9;
        done.set(true);
        sampler.join();
        int fetched = (int) accessor(result, "accounts");
        int failures = (int) accessor(result, "failures");
        Map<String, Integer> callsAfter = counters(fake, false);
        Map<String, Integer> limitedAfter = counters(fake, true);

        int snapshots = jdbc.queryForObject("select count(*) from " + schema + ".account_snapshot where fetched_at >= ?",
                Integer.class, java.sql.Timestamp.from(runStart));
        // Completed publications are removed from the outbox; what is left was not sent (yet).
        int outbox = jdbc.queryForObject("select count(*) from " + schema + ".event_publication where completion_date is null",
                Integer.class);
        long onKafka = countOnKafka(runStart, fetched - failures, Duration.ofSeconds(60));

        double perMinute = (fetched - failures) / seconds * 60;
        System.out.printf("BENCH refresh run (DailyFetch.run, slot %s): %,d accounts, %d failures in %.1f s%n", slot, fetched,
                failures, seconds);
        System.out.println("BENCH calls during the run (fake's counters; 429s included in calls):");
        for (String endpoint : ENDPOINTS) {
            System.out.printf("BENCH   %-16s %,6d calls (planned %,d), %d answered 429%n", endpoint,
                    callsAfter.get(endpoint) - callsBefore.get(endpoint), planned.get(endpoint),
                    limitedAfter.get(endpoint) - limitedBefore.get(endpoint));
        }
        List<Double> sorted = perInterval.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            System.out.printf("BENCH accounts/min per 10 s interval: median %.0f, p1 (slowest) %.0f, max %.0f over %d intervals%n",
                    sorted.get(sorted.size() / 2), sorted.get((int) Math.floor((sorted.size() - 1) * 0.01)),
                    sorted.get(sorted.size() - 1), sorted.size());
        }
        System.out.printf("BENCH snapshots stored %,d; events still unsent in the outbox %,d; StatsFetched on Kafka (%s) %,d%n", snapshots, outbox,
                EventTypes.STATS_FETCHED.topic(), onKafka);
        int total429 = 0;
        for (String endpoint : ENDPOINTS) {
            total429 += limitedAfter.get(endpoint) - limitedBefore.get(endpoint);
        }
        double ratio = perMinute / ceiling;
        System.out.printf("BENCH RESULT %.0f accounts/min vs ceiling %.0f accounts/min = %.0f%% (goal >= 80%%: %s); "
                + "StatsFetched published %,d; 429s seen %d%n", perMinute, ceiling, ratio * 100, ratio >= 0.8 ? "MET" : "NOT MET",
                onKafka, total429);
        app.close();
        fake.close();
    }

    private static long pages(int videos, int maxPages, int pageSize) {
        return videos == 0 ? 0 : Math.min(maxPages, (videos + pageSize - 1) / pageSize);
    }

    private static void connect(HttpClient http, int port, TiktokFake fake, UUID user, String username) {
        try {
            String token = TestInfrastructure.get().tokens().issue(user, "USER");
            HttpResponse<String> url = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tiktok/auth/url"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (url.statusCode() != 200) {
                throw new IllegalStateException("auth url answered " + url.statusCode() + ": " + url.body());
            }
            String authorize = FakeExchange.JSON.readTree(url.body()).get("url").asString();
            HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(URI.create(authorize + "&sandbox_account=" + username))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String query = URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery();
            HttpResponse<String> callback = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/tiktok/auth/callback?" + query)).build(), HttpResponse.BodyHandlers.ofString());
            if (callback.statusCode() != 200) {
                throw new IllegalStateException("callback for " + username + " answered " + callback.statusCode() + ": " + callback.body());
            }
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, Integer> counters(TiktokFake fake, boolean limited) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(ENDPOINTS).forEach(e -> counts.put(e, limited ? fake.rateLimited(e) : fake.calls(e)));
        return counts;
    }

    private static void sample(JdbcTemplate jdbc, String schema, Instant since, AtomicBoolean done, List<Double> perInterval) {
        String sql = "select count(*) from " + schema + ".account_snapshot where fetched_at >= ?";
        long last = 0;
        long lastAt = System.nanoTime();
        while (!done.get()) {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException ex) {
                return;
            }
            if (done.get()) {
                return;
            }
            long now = System.nanoTime();
            long count = jdbc.queryForObject(sql, Long.class, java.sql.Timestamp.from(since));
            double rate = (count - last) / ((now - lastAt) / 1e9) * 60;
            perInterval.add(rate);
            System.out.printf("BENCH   %,d accounts refreshed (%.0f/min over the last interval)%n", count, rate);
            last = count;
            lastAt = now;
        }
    }

    private static Object accessor(Object record, String name) throws Exception {
        Method method = record.getClass().getDeclaredMethod(name);
        method.setAccessible(true);
        return method.invoke(record);
    }

    /** StatsFetched events on the topic published after {@code since}, waiting up to {@code wait} for {@code expected}. */
    private static long countOnKafka(Instant since, int expected, Duration wait) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "tiktok-bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        long count = 0;
        long deadline = System.nanoTime() + wait.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(EventTypes.STATS_FETCHED.topic()));
            while (count < expected && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.timestamp() >= since.toEpochMilli()) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
