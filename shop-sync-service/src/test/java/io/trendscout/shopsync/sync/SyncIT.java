package io.trendscout.shopsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.trendscout.sandbox.amazon.AmazonFake;
import io.trendscout.sandbox.kaufland.KauflandFake;
import io.trendscout.sandbox.shopify.ShopifyFake;
import io.trendscout.shopsync.ShopSyncIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Full and incremental syncs, deletions, malformed items, faults and crash resume against the three fakes. */
class SyncIT extends ShopSyncIntegrationTest {

    @Autowired
    SyncRunner runner;

    @Autowired
    SyncScheduler scheduler;

    @Test
    void fullSyncOfEachChannelEmitsOneEventPerProductAndARerunEmitsNone() {
        String token = merchant(UUID.randomUUID());
        for (Map<String, Object> channel : List.of(shopify(), amazon(), kaufland())) {
            UUID id = connect(token, channel);
            JsonNode log = sync(token, id, "full");
            assertThat(log.path("status").asString()).as(log.toString()).isEqualTo("SUCCEEDED");
            assertThat(log.path("itemsSeen").asInt()).isEqualTo(300);
            assertThat(log.path("itemsCreated").asInt()).isEqualTo(300);
            assertThat(log.path("durationMillis").asLong()).isNotNegative();
            awaitEvents(id, 300);
            List<JsonNode> events = EVENTS.of(id);
            assertThat(events.stream().map(e -> e.path("externalId").asString()).distinct().count()).isEqualTo(300);
            JsonNode first = events.getFirst();
            assertThat(first.path("title").asString()).isNotBlank();
            assertThat(first.path("currency").asString()).isEqualTo("EUR");
            assertThat(first.path("price").decimalValue()).isPositive();
            assertThat(first.path("channel").asString()).isEqualTo(channel.get("platform"));

            JsonNode again = sync(token, id, "full");
            assertThat(again.path("itemsCreated").asInt() + again.path("itemsUpdated").asInt()).isZero();
            sleep(1500);
            assertThat(EVENTS.of(id)).hasSize(300);
        }
        JsonNode logs = call("GET", "/api/sync/logs", token, null).json();
        assertThat(logs.size()).isEqualTo(6);
    }

    @Test
    void aFullScanPublishesOnlyTheChangedUnit() {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, kaufland());
        sync(token, id, "full");
        awaitEvents(id, 300);
        KAUFLAND.updateUnit(KauflandFake.DEMO_CLIENT_KEY, 12, "Neuer Rucksack", 4321L);
        JsonNode log = sync(token, id, "full");
        assertThat(log.path("itemsSeen").asInt()).isEqualTo(300);
        assertThat(log.path("itemsUpdated").asInt()).as(log.toString()).isEqualTo(1);
        assertThat(log.path("itemsCreated").asInt() + log.path("itemsDeleted").asInt()).isZero();
        awaitEvents(id, 301);
        JsonNode changed = EVENTS.of(id).getLast();
        assertThat(changed.path("externalId").asString()).isEqualTo("400000012");
        assertThat(changed.path("title").asString()).isEqualTo("Neuer Rucksack");
        assertThat(changed.path("price").decimalValue()).isEqualByComparingTo("43.21");
    }

    @Test
    void kauflandCentsBecomeExactDecimals() {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, kaufland());
        sync(token, id, "full");
        awaitEvents(id, 300);
        long cents = KAUFLAND.unit(KauflandFake.DEMO_CLIENT_KEY, 7).priceCents();
        JsonNode unit7 = EVENTS.of(id).stream().filter(e -> e.path("externalId").asString().equals(String.valueOf(400_000_007L)))
                .findFirst().orElseThrow();
        assertThat(unit7.path("price").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(cents, 2));
    }

    @Test
    void incrementalSyncSendsOnlyChangesAndAFullSyncTombstonesDeletedProducts() {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, shopify());
        sync(token, id, "full");
        awaitEvents(id, 300);
        SHOPIFY.updateProduct(ShopifyFake.DEMO_SHOP, 5, "Renamed lamp", new BigDecimal("42.00"), null);
        JsonNode incremental = sync(token, id, "incremental");
        assertThat(incremental.path("mode").asString()).isEqualTo("incremental");
        assertThat(incremental.path("itemsSeen").asInt()).isEqualTo(1);
        assertThat(incremental.path("itemsUpdated").asInt()).isEqualTo(1);
        awaitEvents(id, 301);
        assertThat(EVENTS.of(id).getLast().path("title").asString()).isEqualTo("Renamed lamp");

        SHOPIFY.deleteProduct(ShopifyFake.DEMO_SHOP, 9, null);
        JsonNode full = sync(token, id, "full");
        assertThat(full.path("itemsDeleted").asInt()).isEqualTo(1);
        awaitEvents(id, 302);
        JsonNode tombstone = EVENTS.of(id).getLast();
        assertThat(tombstone.path("deleted").asBoolean()).isTrue();
        assertThat(tombstone.path("externalId").asString()).isEqualTo("gid://shopify/Product/7000000009");
    }

    @Test
    void deletionsOnAmazonAndKauflandAreDetectedByTheScan() {
        String token = merchant(UUID.randomUUID());
        UUID amazon = connect(token, amazon());
        UUID kaufland = connect(token, kaufland());
        sync(token, amazon, "full");
        sync(token, kaufland, "full");
        AMAZON.deleteListing(AmazonFake.DEMO_SELLER, 3);
        KAUFLAND.deleteUnit(KauflandFake.DEMO_CLIENT_KEY, 4);
        assertThat(sync(token, amazon, "incremental").path("itemsDeleted").asInt()).isEqualTo(1);
        assertThat(sync(token, kaufland, "full").path("itemsDeleted").asInt()).isEqualTo(1);
        awaitEvents(amazon, 301);
        awaitEvents(kaufland, 301);
        assertThat(EVENTS.of(amazon).getLast().path("deleted").asBoolean()).isTrue();
        assertThat(EVENTS.of(kaufland).getLast().path("externalId").asString()).isEqualTo("400000004");
    }

    @Test
    void malformedItemsAreLoggedAndTheRestIsSynced() {
        String token = merchant(UUID.randomUUID());
        SHOPIFY.malform(ShopifyFake.DEMO_SHOP, 2, true);
        AMAZON.malform(AmazonFake.DEMO_SELLER, 3, true);
        KAUFLAND.malform(KauflandFake.DEMO_CLIENT_KEY, 4, true);
        for (Map<String, Object> channel : List.of(shopify(), amazon(), kaufland())) {
            UUID id = connect(token, channel);
            JsonNode log = sync(token, id, "full");
            assertThat(log.path("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(log.path("itemsFailed").asInt()).as(log.toString()).isEqualTo(1);
            assertThat(log.path("itemsCreated").asInt()).isEqualTo(299);
            assertThat(log.path("itemErrors").path(0).path("message").asString()).isNotBlank();
        }
    }

    @Test
    void serverErrorsTimeoutsAndGarbageAreRetried() {
        String token = merchant(UUID.randomUUID());
        UUID shopify = connect(token, shopify());
        UUID amazon = connect(token, amazon());
        UUID kaufland = connect(token, kaufland());
        SHOPIFY.failNext(3, 502);
        SHOPIFY.garbleNext(1);
        AMAZON.failNext(3, 503);
        AMAZON.delayNext(1, 3000);
        KAUFLAND.failNext(2, 500);
        KAUFLAND.delayNext(1, 3000);
        for (UUID id : List.of(shopify, amazon, kaufland)) {
            JsonNode log = sync(token, id, "full");
            assertThat(log.path("status").asString()).as(log.toString()).isEqualTo("SUCCEEDED");
            assertThat(log.path("itemsCreated").asInt()).as(log.toString()).isEqualTo(300);
        }
    }

    @Test
    void aLongOutageRequeuesTheJobWhichResumesFromItsCheckpoint() {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, kaufland());
        KAUFLAND.failNext(12, 503);
        JsonNode log = sync(token, id, "full");
        assertThat(log.path("status").asString()).as(log.toString()).isEqualTo("SUCCEEDED");
        assertThat(log.path("attempts").asInt()).isGreaterThan(1);
        assertThat(log.path("itemsCreated").asInt()).isEqualTo(300);
    }

    @Test
    void throttlingStormsAreRiddenOutWithoutLosingProducts() {
        UUID merchant = UUID.randomUUID();
        String token = merchant(merchant);
        // a shop of its own: webhooks of the demo shop sent by other test classes (applied to every connection of
        // that shop) must not count as this sync's products
        String shop = "storm-" + merchant.toString().substring(0, 8) + ".myshopify.com";
        String shopToken = "shpat_storm_" + merchant.toString().substring(0, 8);
        SHOPIFY.addShop(shop, shopToken, 300);
        UUID shopify = connect(token, Map.of("platform", "shopify", "credentials", Map.of("shopDomain", shop, "accessToken", shopToken)));
        UUID amazon = connect(token, amazon());
        UUID kaufland = connect(token, kaufland());
        SHOPIFY.rateLimit(true, 300, 200);
        SHOPIFY.throttleHttpStatus(429);
        SHOPIFY.drainBucket();
        AMAZON.rateLimit(true, 2, 1);
        KAUFLAND.requestsPerSecond(1);
        for (UUID id : List.of(shopify, amazon, kaufland)) {
            JsonNode log = sync(token, id, "full");
            assertThat(log.path("status").asString()).as(log.toString()).isEqualTo("SUCCEEDED");
            assertThat(log.path("itemsCreated").asInt()).as(log.toString()).isEqualTo(300);
        }
        assertThat(SHOPIFY.throttledCalls()).isLessThanOrEqualTo(2);
    }

    @Test
    void expiredAmazonTokensAreRefreshedMidSync() {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, amazon());
        int before = AMAZON.tokenExchanges();
        Thread expirer = Thread.ofVirtual().start(() -> {
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> AMAZON.searchCalls() >= 5);
            AMAZON.expireAccessTokens();
        });
        JsonNode log = sync(token, id, "full");
        assertThat(log.path("status").asString()).as(log.toString()).isEqualTo("SUCCEEDED");
        assertThat(log.path("itemsCreated").asInt()).isEqualTo(300);
        assertThat(AMAZON.tokenExchanges() - before).isGreaterThanOrEqualTo(1);
        expirer.interrupt();
    }

    @Test
    void revokedCredentialsMidSyncFailTheJobAndMarkTheConnection() {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, shopify());
        SHOPIFY.rateLimit(true, 2000, 100);
        runner.crashAfterPages(id, 1);
        UUID job = UUID.fromString(call("POST", "/api/sync/trigger", token, Map.of("connectionId", id, "mode", "full"))
                .json().path("id").asString());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> pages(job) == 1);
        SHOPIFY.revokeToken(ShopifyFake.DEMO_SHOP);
        expireLease(job);
        JsonNode log = awaitJob(token, job);
        assertThat(log.path("status").asString()).isEqualTo("FAILED");
        assertThat(log.path("error").asString()).contains("refused");
        assertThat(call("GET", "/api/connections/" + id, token, null).json().path("status").asString()).isEqualTo("AUTH_FAILED");
    }

    @Test
    void aJobKilledMidSyncResumesFromItsCheckpointWithoutDuplicatesOrLosses() {
        killMidSyncAndResume(amazon(), 4, 15);
    }

    @Test
    void aKauflandJobKilledWhileLaterPagesWereFetchedAheadResumesWithoutDuplicatesOrLosses() {
        killMidSyncAndResume(kaufland(), 1, 3); // pages 2 and 3 were in flight when it stopped
    }

    private void killMidSyncAndResume(Map<String, Object> shop, int crashAfterPages, int totalPages) {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, shop);
        runner.crashAfterPages(id, crashAfterPages);
        UUID job = UUID.fromString(call("POST", "/api/sync/trigger", token, Map.of("connectionId", id, "mode", "full"))
                .json().path("id").asString());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> pages(job) == crashAfterPages);
        sleep(500);
        assertThat(jdbc.queryForObject("select status from sync_jobs where id = ?", String.class, job)).isEqualTo("RUNNING");
        assertThat(pages(job)).isEqualTo(crashAfterPages);
        expireLease(job);
        JsonNode log = awaitJob(token, job);
        assertThat(log.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(log.path("attempts").asInt()).isEqualTo(2);
        assertThat(log.path("pages").asInt()).isEqualTo(totalPages);
        assertThat(log.path("itemsCreated").asInt()).isEqualTo(300);
        awaitEvents(id, 300);
        sleep(1000);
        Map<String, Long> perProduct = EVENTS.of(id).stream()
                .collect(Collectors.groupingBy(e -> e.path("externalId").asString(), Collectors.counting()));
        assertThat(perProduct).hasSize(300);
        assertThat(perProduct.values()).allMatch(count -> count == 1);
    }

    @Test
    void theScheduleQueuesDueConnectionsOnce() {
        String token = merchant(UUID.randomUUID());
        UUID id = connect(token, kaufland());
        int queued = scheduler.queueDue();
        assertThat(queued).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sync_jobs where connection_id = ? and trigger_source = 'schedule'",
                Integer.class, id)).isEqualTo(1);
        scheduler.queueDue();
        assertThat(jdbc.queryForObject("select count(*) from sync_jobs where connection_id = ?", Integer.class, id)).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "SUCCEEDED".equals(
                jdbc.queryForObject("select status from sync_jobs where connection_id = ?", String.class, id)));
        assertThat(call("POST", "/api/sync/trigger", token, Map.of("connectionId", id, "mode", "incremental"))
                .json().path("mode").asString()).isEqualTo("incremental");
    }

    private int pages(UUID job) {
        return jdbc.queryForObject("select pages from sync_jobs where id = ?", Integer.class, job);
    }

    private void expireLease(UUID job) {
        jdbc.update("update sync_jobs set lease_until = now() - interval '1 second' where id = ?", job);
    }

    private static void awaitEvents(UUID connection, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> EVENTS.of(connection).size() >= count);
        assertThat(EVENTS.of(connection)).hasSize(count);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
