package io.trendscout.analytics.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.trendscout.analytics.AnalyticsApplication;
import io.trendscout.analytics.Events;
import io.trendscout.analytics.Events.Sent;
import io.trendscout.platform.events.EventPayload;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.TrendDetected;
import io.trendscout.platform.test.PlatformTestInitializer;
import io.trendscout.platform.test.TestInfrastructure;
import java.util.concurrent.atomic.AtomicLong;

import io.trendscout.platform.events.EventType;
import io.trendscout.platform.events.EventTypes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replays N events (default 1,000,000; ~5% re-deliveries) through the real broker into the real
 * service, then reports the consumer's events/s and the dashboard query's p50/p99 over HTTP.
 * Not a test: run on purpose (see the report in the issue / README for the command).
 */
public final class AnalyticsBench {

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int users = 10_000;
        int products = 2_000;
        int trends = 200;
        int days = 90;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        TestInfrastructure.get();
        Random random = new Random(7);
        List<UUID> userIds = ids(random, users);
        List<UUID> productIds = ids(random, products);
        List<UUID> trendIds = ids(random, trends);
        Instant end = Instant.now();
        long span = days * 86_400L;

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers()))) {
            admin.createTopics(EventTypes.ALL.stream().map(t -> new NewTopic(t.topic(), 3, (short) 1)).toList()).all().get();
        }
        long produceStart = System.nanoTime();
        List<UUID> uniqueIds = new ArrayList<>();
        AtomicLong failed = new AtomicLong();
        try (KafkaProducer<String, String> producer = Events.producer()) {
            Sent previous = null;
            for (int i = 0; i < total; i++) {
                Sent sent;
                if (previous != null && random.nextInt(100) < 5) {
                    sent = previous;
                } else {
                    Instant at = end.minusSeconds(random.nextLong(span));
                    sent = new Sent(UUID.randomUUID(), payload(random, at, userIds, productIds, trendIds, i), at);
                    uniqueIds.add(sent.id());
                }
                producer.send(Events.record(sent), (metadata, ex) -> {
                    if (ex != null) {
                        failed.incrementAndGet();
                    }
                });
                previous = sent;
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " sends failed");
        }
        System.out.printf("BENCH produced %,d events (%,d unique) in %.1f s%n", total, uniqueIds.size(),
                (System.nanoTime() - produceStart) / 1e9);

        double bareSeconds = readAllBare(total);
        System.out.printf("BENCH BASELINE a bare Kafka consumer (no processing) reads the %,d records in %.1f s: %.0f records/s%n",
                total, bareSeconds, total / bareSeconds);

        long startupStart = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(AnalyticsApplication.class)
                .initializers(new PlatformTestInitializer())
                .properties(Map.of("server.port", "0", "logging.level.root", "WARN",
                        "spring.kafka.listener.concurrency", System.getProperty("bench.consumers", "3"),
                        "spring.kafka.consumer.max-poll-records", "500"))
                .run();
        long consumeStart = System.nanoTime();
        System.out.printf("BENCH service started in %.1f s; consuming%n", (consumeStart - startupStart) / 1e9);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        String schema = app.getEnvironment().getProperty("trendscout.test.schema");
        long done = 0;
        while (done < uniqueIds.size()) {
            Thread.sleep(5_000);
            done = jdbc.queryForObject("select count(*) from " + schema + ".processed_event", Long.class);
            System.out.printf("BENCH consumed %,d / %,d unique after %.0f s%n", done, uniqueIds.size(),
                    (System.nanoTime() - consumeStart) / 1e9);
        }
        double consumeSeconds = (System.nanoTime() - consumeStart) / 1e9;
        System.out.printf("BENCH CONSUMED %,d deliveries (%,d unique) in %.1f s after the service was up: %.0f deliveries/s"
                + " (%.1f%% of the bare consumer's rate)%n", total, uniqueIds.size(), consumeSeconds, total / consumeSeconds,
                100 * bareSeconds / consumeSeconds);

        String port = app.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newHttpClient();
        long[] health = new long[queries];
        for (int i = -200; i < queries; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            if (i >= 0) {
                health[i] = (System.nanoTime() - start) / 1_000;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("health answered " + response.statusCode());
            }
        }
        Arrays.sort(health);
        System.out.printf("BENCH BASELINE %d GET /actuator/health (same service, no query): p50 %.1f ms, p99 %.1f ms%n",
                queries, health[queries / 2] / 1e3, health[(int) (queries * 0.99)] / 1e3);
        long[] micros = new long[queries];
        for (int i = -200; i < queries; i++) {
            UUID user = userIds.get(random.nextInt(users));
            String token = TestInfrastructure.get().tokens().issue(user, "USER");
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/analytics/dashboard?tz=Europe/Berlin")).header("Authorization", "Bearer " + token).build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - start) / 1_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("dashboard answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 0) {
                micros[i] = took;
            }
        }
        Arrays.sort(micros);
        System.out.printf("BENCH DASHBOARD %d queries (30 days, Europe/Berlin, random users): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                queries, micros[queries / 2] / 1e3, micros[(int) (queries * 0.99)] / 1e3, micros[queries - 1] / 1e3);
        System.out.printf("BENCH rows: user_product_bucket %,d, product_bucket %,d; load average %s%n",
                jdbc.queryForObject("select count(*) from " + schema + ".user_product_bucket", Long.class),
                jdbc.queryForObject("select count(*) from " + schema + ".product_bucket", Long.class),
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        app.close();
        System.exit(0);
    }

    /** The broker's delivery rate on this machine: every record read by one plain consumer, nothing done with it. */
    private static double readAllBare(int total) {
        Map<String, Object> config = Map.of("bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers(),
                "group.id", "bench-bare-" + UUID.randomUUID(), "auto.offset.reset", "earliest", "max.poll.records", "2000");
        long start = System.nanoTime();
        long read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(EventTypes.ALL.stream().map(EventType::topic).toList());
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (read < total && System.nanoTime() < deadline) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
        }
        if (read < total) {
            throw new IllegalStateException("bare consumer read only " + read + " of " + total);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static EventPayload payload(Random random, Instant at, List<UUID> users, List<UUID> products,
            List<UUID> trends, int i) {
        int kind = random.nextInt(100);
        UUID user = users.get(random.nextInt(users.size()));
        if (kind < 90) {
            ProductInteracted.Kind[] kinds = ProductInteracted.Kind.values();
            return new ProductInteracted(user, products.get(random.nextInt(products.size())),
                    random.nextInt(10) < 7 ? ProductInteracted.Kind.VIEWED : kinds[random.nextInt(kinds.length)], at);
        }
        if (kind < 95) {
            return new StatsFetched(user, "open", "Creator", 1000 + random.nextInt(100_000), random.nextInt(1_000_000), 40,
                    random.nextDouble() * 10, 900, List.of(), at);
        }
        if (kind < 98) {
            return new ProductSynced(user, UUID.randomUUID(), "shopify", "ext-" + i, "sku", "Title", null, List.of(),
                    BigDecimal.ONE, "EUR", 1, "active", null, random.nextInt(10) == 0, at);
        }
        return new TrendDetected(trends.get(random.nextInt(trends.size())), "hashtag", "trend", "fitness", "DE",
                random.nextInt(101), "high", "rising", "emerging", List.of(), at, at);
    }

    private static List<UUID> ids(Random random, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return ids;
    }
}
