package io.trendscout.shopsync.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

import io.trendscout.platform.test.PlatformTestInitializer;
import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.sandbox.amazon.AmazonFake;
import io.trendscout.sandbox.kaufland.KauflandFake;
import io.trendscout.sandbox.shopify.ShopifyFake;
import io.trendscout.shopsync.ShopSyncApplication;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Syncs N products (default 10,000) from each of the three channel fakes, with their real rate
 * limits on, through the real service (connections and trigger over its HTTP API, the real
 * clients, sync worker, outbox and Kafka), and the real product-service (its bootable jar, in a
 * second JVM on the same PostgreSQL and Kafka) turning the events into catalog rows. Reports per
 * channel products/s against the ceiling the channel's rate limit allows for N products (goal
 * 80 %), and the lag from shop-sync recording a product to product-service's catalog row (p50 / p99).
 * Not a test: run with {@code ./trendscout bench shop-sync [n]}.
 */
public final class ShopSyncBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    // The limits the fakes enforce, as documented in external-apis.md.
    static final double SHOPIFY_BUCKET = 2000;          // points (GraphQL Admin, Standard plan)
    static final double SHOPIFY_RESTORE = 100;          // points/s (Standard plan)
    static final int SHOPIFY_MAX_PAGE = 250;            // products(first <= 250)
    static final double AMAZON_RATE = 5;                // searchListingsItems requests/s
    static final double AMAZON_BURST = 5;
    static final int AMAZON_MAX_PAGE = 20;              // pageSize <= 20
    static final int KAUFLAND_PER_SECOND = 10;          // requests per sliding second (UNCONFIRMED, the fake's)
    static final int KAUFLAND_MAX_PAGE = 100;           // limit <= 100

    record Channel(String name, Map<String, Object> request, double ceiling, String derivation) {
    }

    record Outcome(Channel channel, UUID connection, JsonNode log, double triggerToDoneSeconds) {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        // its one line per job splits the sync's time into recording pages and waiting for the channel
        ((Logger) LoggerFactory.getLogger("io.trendscout.shopsync.sync.SyncRunner")).setLevel(Level.INFO);
        TestInfrastructure infra = TestInfrastructure.get();

        ShopifyFake shopify = new ShopifyFake(0);
        AmazonFake amazon = new AmazonFake(0);
        KauflandFake kaufland = new KauflandFake(0);
        String shop = "bench-shop.myshopify.com";
        shopify.addShop(shop, "shpat_bench_token", n);
        shopify.rateLimit(true, SHOPIFY_BUCKET, SHOPIFY_RESTORE);
        amazon.addSeller("A2BENCHSELLER", "Atzr|bench-refresh-token", n);
        amazon.rateLimit(true, AMAZON_RATE, AMAZON_BURST);
        kaufland.addSeller("bench-client-key", "bench-secret-key", n);
        kaufland.requestsPerSecond(KAUFLAND_PER_SECOND);
        shopify.start();
        amazon.start();
        kaufland.start();

        List<Channel> channels = List.of(
                new Channel("shopify", Map.of("platform", "shopify", "credentials",
                        Map.of("shopDomain", shop, "accessToken", "shpat_bench_token")), shopifyCeiling(n), shopifyDerivation(n)),
                new Channel("amazon", Map.of("platform", "amazon", "credentials", Map.of("clientId", AmazonFake.CLIENT_ID,
                        "clientSecret", AmazonFake.CLIENT_SECRET, "refreshToken", "Atzr|bench-refresh-token",
                        "sellerId", "A2BENCHSELLER", "marketplaceIds", List.of(AmazonFake.MARKETPLACE_DE), "region", "eu")),
                        amazonCeiling(n), amazonDerivation(n)),
                new Channel("kaufland", Map.of("platform", "kaufland", "credentials", Map.of("clientKey", "bench-client-key",
                        "secretKey", "bench-secret-key", "storefronts", List.of("de"))), kauflandCeiling(n), kauflandDerivation(n)));

        System.out.printf("BENCH %,d products per channel; ceilings from the fakes' rate limits:%n", n);
        channels.forEach(c -> System.out.printf("BENCH   %-8s %s%n", c.name(), c.derivation()));

        // A running platform has the topic already (the first event ever auto-creates it); without it,
        // thousands of first sends wait for its metadata at once and go out via the relay seconds later.
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", infra.kafka().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("shop-sync.product-synced.v1", 3, (short) 1))).all().get();
        }
        Process catalog = startProductService(infra);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ShopSyncApplication.class)
                .initializers(new PlatformTestInitializer(), context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("bench", shopSyncProperties(shopify, amazon, kaufland))))
                .run();
        int status = 0;
        try {
            run(n, channels, app, catalog, shopify, amazon, kaufland);
        } catch (Exception ex) {
            ex.printStackTrace();
            status = 1;
        } finally {
            catalog.destroy();
            app.close();
            shopify.close();
            amazon.close();
            kaufland.close();
        }
        System.exit(status);
    }

    private static void run(int n, List<Channel> channels, ConfigurableApplicationContext app, Process catalog,
            ShopifyFake shopify, AmazonFake amazon, KauflandFake kaufland) throws Exception {
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        String shopSyncSchema = app.getEnvironment().getProperty("trendscout.test.schema");
        awaitCatalog(catalog);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        String token = TestInfrastructure.get().tokens().issue(UUID.randomUUID(), "MERCHANT");

        Map<String, UUID> connections = new LinkedHashMap<>();
        for (Channel channel : channels) {
            JsonNode created = call("POST", base + "/api/connections", token, channel.request(), 201);
            connections.put(channel.name(), UUID.fromString(created.path("id").asString()));
        }
        Thread.sleep(1_500); // the connection checks' calls leave the limiters' windows
        Map<String, UUID> jobs = new LinkedHashMap<>();
        long triggered = System.nanoTime();
        for (Channel channel : channels) {
            JsonNode job = call("POST", base + "/api/sync/trigger", token,
                    Map.of("connectionId", connections.get(channel.name()), "mode", "full"), 202);
            jobs.put(channel.name(), UUID.fromString(job.path("id").asString()));
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<Channel> pending = new ArrayList<>(channels);
        long lastReport = System.nanoTime();
        while (!pending.isEmpty()) {
            Thread.sleep(2_000); // the sync's own duration is measured by the service; polling only has to notice the end (and costs the service CPU)
            for (Channel channel : List.copyOf(pending)) {
                JsonNode log = call("GET", base + "/api/sync/logs/" + jobs.get(channel.name()), token, null, 200);
                if (log.path("status").asString("").matches("SUCCEEDED|FAILED")) {
                    outcomes.add(new Outcome(channel, connections.get(channel.name()), log, (System.nanoTime() - triggered) / 1e9));
                    pending.remove(channel);
                    System.out.printf("BENCH %s sync %s after %.1f s: %s%n", channel.name(), log.path("status").asString(),
                            (System.nanoTime() - triggered) / 1e9, summary(log));
                }
            }
            if (System.nanoTime() - lastReport > 15e9) {
                lastReport = System.nanoTime();
                System.out.printf("BENCH ... %.0f s: %s%n", (lastReport - triggered) / 1e9, progress(jdbc, shopSyncSchema, jobs));
            }
        }
        long syncsDone = System.nanoTime();

        // Catalog visibility: every product as a listing row in product-service's schema.
        long expected = (long) n * channels.size();
        long visible = 0;
        while (System.nanoTime() - syncsDone < 300e9) {
            visible = jdbc.queryForObject("select count(*) from " + catalogSchema + ".product_listing", Long.class);
            if (visible >= expected) {
                break;
            }
            Thread.sleep(250);
        }
        double catchUp = (System.nanoTime() - syncsDone) / 1e9;

        System.out.println();
        System.out.printf("BENCH RESULT %,d products per channel, rate limits on (Shopify %s pts bucket / %s pts/s, "
                + "Amazon %s/s burst %s, Kaufland %d req/s)%n", n, (int) SHOPIFY_BUCKET, (int) SHOPIFY_RESTORE,
                (int) AMAZON_RATE, (int) AMAZON_BURST, KAUFLAND_PER_SECOND);
        System.out.printf("BENCH %-8s %8s %9s %10s %10s %9s %7s %s%n", "channel", "items", "sync s", "products/s",
                "ceiling/s", "ratio", "goal", "(trigger->log done)");
        for (Outcome o : outcomes) {
            int seen = o.log().path("itemsSeen").asInt();
            double seconds = o.log().path("durationMillis").asLong() / 1000.0;
            double rate = seen / seconds;
            double ratio = rate / o.channel().ceiling();
            System.out.printf("BENCH %-8s %,8d %9.1f %10.1f %10.1f %8.0f%% %7s (%.1f s, %.1f/s)%n", o.channel().name(), seen,
                    seconds, rate, o.channel().ceiling(), ratio * 100, ratio >= 0.8 ? "MET" : "MISSED",
                    o.triggerToDoneSeconds(), seen / o.triggerToDoneSeconds());
        }
        System.out.printf("BENCH channel calls: shopify %d (throttled %d), amazon search %d (QuotaExceeded %d, LWA exchanges %d), "
                + "kaufland %d (429 %d)%n", shopify.calls(), shopify.throttledCalls(), amazon.searchCalls(), amazon.quotaExceeded(),
                amazon.tokenExchanges(), kaufland.calls(), kaufland.tooManyRequests());
        System.out.printf("BENCH catalog: %,d / %,d listings visible in product-service %.1f s after the last sync ended%n",
                visible, expected, catchUp);
        String lag = """
                select l.channel, count(*) as products,
                  percentile_cont(0.5) within group (order by extract(epoch from l.updated_at - v.updated_at)) as p50,
                  percentile_cont(0.99) within group (order by extract(epoch from l.updated_at - v.updated_at)) as p99,
                  max(extract(epoch from l.updated_at - v.updated_at)) as max
                from %s.product_listing l join %s.product_versions v
                  on v.connection_id = l.connection_id and v.external_id = l.external_id
                group by l.channel order by l.channel""".formatted(catalogSchema, shopSyncSchema);
        jdbc.query(lag, rs -> {
            System.out.printf("BENCH LAG %-8s %,6d products: sync -> catalog p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    rs.getString(1), rs.getLong(2), rs.getDouble(3) * 1000, rs.getDouble(4) * 1000, rs.getDouble(5) * 1000);
        });
        jdbc.query(lag.replace("group by l.channel order by l.channel", "").replace("l.channel, ", "'all', "), rs -> {
            System.out.printf("BENCH LAG %-8s %,6d products: sync -> catalog p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    rs.getString(1), rs.getLong(2), rs.getDouble(3) * 1000, rs.getDouble(4) * 1000, rs.getDouble(5) * 1000);
        });
        // Read after the syncs, not during them: the records' CreateTime is the send time either way.
        lagSplit(jdbc, catalogSchema, shopSyncSchema, readSendTimes(TestInfrastructure.get().kafka().bootstrapServers(), expected));
        System.out.println("BENCH lag = product-service's product_listing.updated_at (set when it applies the event) minus "
                + "shop-sync's product_versions.updated_at (start of the transaction that recorded the product and its event)");
        System.out.printf("BENCH load average %s, %d cores%n", Files.readString(Path.of("/proc/loadavg")).strip(),
                Runtime.getRuntime().availableProcessors());
    }

    // ----- ceilings: the fastest a client could go for n products under each limit

    /** Cost model of the fake (2 points per query + 2 per product), pages of 250, a full bucket at the start. */
    static double shopifyCeiling(int n) {
        double points = 2.0 * Math.ceil(n / (double) SHOPIFY_MAX_PAGE) + 2.0 * n;
        double seconds = Math.max(0, points - SHOPIFY_BUCKET) / SHOPIFY_RESTORE;
        return seconds == 0 ? Double.POSITIVE_INFINITY : n / seconds;
    }

    static String shopifyDerivation(int n) {
        double points = 2.0 * Math.ceil(n / (double) SHOPIFY_MAX_PAGE) + 2.0 * n;
        return String.format("%d pages of <= %d cost %.0f points (2/query + 2/product); minus the full %.0f-point bucket, "
                + "(%.0f - %.0f) / %.0f points/s = %.1f s -> %.1f products/s (steady state %.1f/s)", (int) Math.ceil(n / 250.0),
                SHOPIFY_MAX_PAGE, points, SHOPIFY_BUCKET, points, SHOPIFY_BUCKET, SHOPIFY_RESTORE,
                Math.max(0, points - SHOPIFY_BUCKET) / SHOPIFY_RESTORE, shopifyCeiling(n),
                SHOPIFY_RESTORE / (2.0 + 2.0 / SHOPIFY_MAX_PAGE));
    }

    /** searchListingsItems pages of 20; the burst is free, every further call needs 1 / rate seconds. */
    static double amazonCeiling(int n) {
        double calls = Math.ceil(n / (double) AMAZON_MAX_PAGE);
        double seconds = Math.max(0, calls - AMAZON_BURST) / AMAZON_RATE;
        return seconds == 0 ? Double.POSITIVE_INFINITY : n / seconds;
    }

    static String amazonDerivation(int n) {
        double calls = Math.ceil(n / (double) AMAZON_MAX_PAGE);
        return String.format("%.0f searchListingsItems calls of %d; (%.0f - burst %.0f) / %.0f per s = %.1f s -> %.1f products/s "
                + "(+1 LWA token exchange, not rate limited)", calls, AMAZON_MAX_PAGE, calls, AMAZON_BURST, AMAZON_RATE,
                Math.max(0, calls - AMAZON_BURST) / AMAZON_RATE, amazonCeiling(n));
    }

    /** Pages of 100; a sliding one-second window of 10 calls: call k (0-based) can go at floor(k / 10) s. */
    static double kauflandCeiling(int n) {
        double calls = Math.ceil(n / (double) KAUFLAND_MAX_PAGE);
        double seconds = Math.floor((calls - 1) / KAUFLAND_PER_SECOND);
        return seconds == 0 ? Double.POSITIVE_INFINITY : n / seconds;
    }

    static String kauflandDerivation(int n) {
        double calls = Math.ceil(n / (double) KAUFLAND_MAX_PAGE);
        return String.format("%.0f /units calls of %d; %d per sliding second, the last starts after %.0f s -> %.1f products/s",
                calls, KAUFLAND_MAX_PAGE, KAUFLAND_PER_SECOND, Math.floor((calls - 1) / KAUFLAND_PER_SECOND), kauflandCeiling(n));
    }

    // ----- the two services

    private static Map<String, Object> shopSyncProperties(ShopifyFake shopify, AmazonFake amazon, KauflandFake kaufland) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.port", "0");
        p.put("logging.level.root", "WARN");
        p.put("logging.level.io.trendscout", "WARN");
        p.put("logging.level.io.trendscout.shopsync.sync.SyncRunner", "INFO");
        p.put("spring.datasource.hikari.maximum-pool-size", "10"); // as in application.yml
        p.put("trendscout.shop-sync.channels.shopify.graphql-url", shopify.baseUrl() + "/admin/api/{version}/graphql.json");
        p.put("trendscout.shop-sync.channels.amazon.lwa-url", amazon.baseUrl() + "/auth/o2/token");
        p.put("trendscout.shop-sync.channels.amazon.endpoints.eu", amazon.baseUrl());
        p.put("trendscout.shop-sync.channels.kaufland.base-url", kaufland.baseUrl() + "/v2");
        p.put("trendscout.shop-sync.sync.schedule-cron", "-");
        return p;
    }

    private static String catalogSchema;
    private static int catalogPort;

    /** product-service's bootable jar in its own JVM on the same PostgreSQL and Kafka, own schema and consumer group. */
    private static Process startProductService(TestInfrastructure infra) throws IOException {
        Path jar = productServiceJar();
        catalogSchema = "bench_catalog_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (ServerSocket socket = new ServerSocket(0)) {
            catalogPort = socket.getLocalPort();
        }
        Path log = (Files.isDirectory(Path.of("shop-sync-service", "target")) ? Path.of("shop-sync-service", "target") : Path.of("target"))
                .resolve("bench-product-service.log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + catalogPort,
                "--spring.datasource.url=" + infra.postgres().jdbcUrl("postgres") + "&currentSchema=" + catalogSchema,
                "--spring.datasource.username=" + infra.postgres().username(),
                "--spring.datasource.password=" + infra.postgres().password(),
                "--spring.flyway.schemas=" + catalogSchema,
                "--spring.kafka.bootstrap-servers=" + infra.kafka().bootstrapServers(),
                "--spring.kafka.consumer.group-id=" + catalogSchema,
                "--trendscout.security.jwk-set-uri=" + infra.tokens().jwkSetUri(),
                "--trendscout.crypto.key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                "--logging.level.root=WARN"));
        System.out.printf("BENCH starting product-service from %s on port %d (log %s)%n", jar, catalogPort, log.toAbsolutePath());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    private static Path productServiceJar() {
        File root = new File(System.getProperty("user.dir"));
        for (File dir : new File[] {new File(root, "product-service/target"), new File(root, "../product-service/target"),
                new File(System.getProperty("user.home"), ".m2/repository/io/trendscout/product-service/0.1.0-SNAPSHOT")}) {
            File[] jars = dir.listFiles((d, name) -> name.startsWith("product-service-") && name.endsWith("-exec.jar"));
            if (jars != null && jars.length > 0) {
                return jars[0].toPath().toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("No product-service *-exec.jar: build it with mvn -o -q -pl product-service install -DskipTests");
    }

    private static void awaitCatalog(Process catalog) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(until)) {
            if (!catalog.isAlive()) {
                throw new IllegalStateException("product-service exited; see shop-sync-service/target/bench-product-service.log");
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + catalogPort
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("product-service did not get ready");
    }

    // ----- where the lag comes from: shop-sync's outbox (recorded -> on Kafka) or the catalog's consumer (on Kafka -> row)

    /** connection id + external id -> the Kafka record timestamp (the producer's send time) of its first event. */
    private static Map<String, Long> readSendTimes(String bootstrap, long expected) {
        Map<String, Long> sent = new HashMap<>();
        Properties props = io.trendscout.shopsync.SyncedEvents.readFromStart(bootstrap, "shop-sync-bench-");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(Pattern.compile("shop-sync\\.product-synced\\.v1"));
            while (sent.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode payload = JSON.readTree(record.value()).path("payload");
                    sent.putIfAbsent(payload.path("connectionId").asString("") + "|" + payload.path("externalId").asString(""),
                            record.timestamp());
                }
            }
        }
        return sent;
    }

    private static void lagSplit(JdbcTemplate jdbc, String catalogSchema, String shopSyncSchema, Map<String, Long> sentAt) {
        List<Long> outbox = new ArrayList<>();
        List<Long> consumer = new ArrayList<>();
        jdbc.query("""
                select l.connection_id, l.external_id, extract(epoch from v.updated_at) * 1000, extract(epoch from l.updated_at) * 1000
                from %s.product_listing l join %s.product_versions v
                  on v.connection_id = l.connection_id and v.external_id = l.external_id""".formatted(catalogSchema, shopSyncSchema),
                rs -> {
                    Long sent = sentAt.get(rs.getString(1) + "|" + rs.getString(2));
                    if (sent != null) {
                        outbox.add(sent - (long) rs.getDouble(3));
                        consumer.add((long) rs.getDouble(4) - sent);
                    }
                });
        System.out.printf("BENCH LAG split over %,d products: recorded -> on Kafka (shop-sync outbox) p50 %d ms, p99 %d ms; "
                + "on Kafka -> catalog row (product-service consumer) p50 %d ms, p99 %d ms%n", outbox.size(),
                percentile(outbox, 0.5), percentile(outbox, 0.99), percentile(consumer, 0.5), percentile(consumer, 0.99));
    }

    private static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    // ----- helpers

    private static String summary(JsonNode log) {
        return String.format("seen %d, created %d, updated %d, failed %d, pages %d, attempts %d, duration %d ms%s",
                log.path("itemsSeen").asInt(), log.path("itemsCreated").asInt(), log.path("itemsUpdated").asInt(),
                log.path("itemsFailed").asInt(), log.path("pages").asInt(), log.path("attempts").asInt(),
                log.path("durationMillis").asLong(), log.path("error").isString() ? ", error " + log.path("error").asString() : "");
    }

    private static String progress(JdbcTemplate jdbc, String schema, Map<String, UUID> jobs) {
        StringBuilder out = new StringBuilder();
        jobs.forEach((name, id) -> out.append(name).append(' ').append(jdbc.queryForObject(
                "select items_seen from " + schema + ".sync_jobs where id = ?", Integer.class, id)).append("  "));
        return out.toString();
    }

    private static JsonNode call(String method, String url, String token, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
