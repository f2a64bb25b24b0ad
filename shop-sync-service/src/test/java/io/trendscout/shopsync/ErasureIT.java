package io.trendscout.shopsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.trendscout.platform.events.contracts.UserErased;
import io.trendscout.platform.test.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** UserErased (a real event on the broker) removes every row of the merchant; the still-valid token then finds nothing. */
class ErasureIT extends ShopSyncIntegrationTest {

    @Test
    void userErasedDeletesEveryRowOfTheMerchantAndTheStillValidTokenCanNeitherListNorTriggerNorConnect() {
        UUID user = UUID.randomUUID();
        String token = merchant(user);
        String shop = "erase-" + user.toString().substring(0, 8) + ".myshopify.com";
        String shopToken = "shpat_erase_" + user;
        SHOPIFY.addShop(shop, shopToken, 30);
        SHOPIFY.malform(shop, 2, true);
        Map<String, Object> ownShop = Map.of("platform", "shopify", "credentials", Map.of("shopDomain", shop, "accessToken", shopToken));
        UUID shopify = connect(token, ownShop);
        UUID kaufland = connect(token, kaufland());
        JsonNode synced = sync(token, shopify, "full");
        assertThat(synced.path("itemsFailed").asInt()).isEqualTo(1);
        String body = "{\"id\":7000000005,\"title\":\"Late lamp\",\"status\":\"active\",\"updated_at\":\"" + Instant.now()
                + "\",\"variants\":[{\"sku\":\"SHP-00005\",\"price\":\"5.00\"}]}";
        assertThat(SHOPIFY.sendWebhook(webhookUrl(), shop, "products/update", body, UUID.randomUUID().toString())).isEqualTo(200);
        assertThat(count("select count(*) from connections where owner_id = ?", user)).isEqualTo(2);
        assertThat(count("select count(*) from sync_jobs where owner_id = ?", user)).isEqualTo(1);
        assertThat(count("select count(*) from sync_item_errors e join sync_jobs j on j.id = e.job_id where j.owner_id = ?", user))
                .isEqualTo(1);
        assertThat(count("select count(*) from product_versions where connection_id = ?", shopify)).isEqualTo(29);
        assertThat(count("select count(*) from webhook_deliveries where shop_domain = ?", shop)).isEqualTo(1);

        UUID event = UUID.randomUUID();
        publish(event, new UserErased(user, Instant.now()));
        publish(event, new UserErased(user, Instant.now()));

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(count("select count(*) from connections where owner_id = ?", user)).isZero();
            assertThat(count("select count(*) from sync_jobs where owner_id = ?", user)).isZero();
            assertThat(count("select count(*) from sync_jobs where connection_id in (?, ?)", shopify, kaufland)).isZero();
            assertThat(count("select count(*) from sync_item_errors e left join sync_jobs j on j.id = e.job_id where j.id is null"))
                    .isZero();
            assertThat(count("select count(*) from product_versions where connection_id in (?, ?)", shopify, kaufland)).isZero();
            assertThat(count("select count(*) from webhook_deliveries where shop_domain = ?", shop)).isZero();
        });
        // only a pseudonymous tombstone remains: the id and when
        assertThat(count("select count(*) from erased_owners where owner_id = ?", user)).isEqualTo(1);
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'erased_owners'"
                + " and table_schema = current_schema() order by column_name", String.class)).containsExactly("erased_at", "owner_id");

        Reply list = call("GET", "/api/connections", token, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isZero();
        assertThat(call("GET", "/api/sync/logs", token, null).json().size()).isZero();
        assertThat(call("GET", "/api/sync/logs/" + synced.path("id").asString(), token, null).status()).isEqualTo(404);
        Reply trigger = call("POST", "/api/sync/trigger", token, Map.of("connectionId", shopify, "mode", "full"));
        assertThat(trigger.status()).isEqualTo(404);
        assertThat(trigger.json().path("type").asString()).endsWith("not-found");
        Reply again = call("POST", "/api/connections", token, ownShop);
        assertThat(again.status()).as(again.body()).isEqualTo(404);
        assertThat(again.body()).doesNotContain(shopToken);
        assertThat(SHOPIFY.sendWebhook(webhookUrl(), shop, "products/update", body.replace("Late", "Later"),
                UUID.randomUUID().toString())).isEqualTo(200);
        assertThat(count("select count(*) from connections where owner_id = ?", user)).isZero();
        assertThat(count("select count(*) from webhook_deliveries where shop_domain = ?", shop)).isZero();
        assertThat(count("select count(*) from sync_jobs where owner_id = ?", user)).isZero();
    }

    @Test
    void aSyncRunningWhenItsMerchantIsErasedStopsAndRecreatesNothing() {
        UUID user = UUID.randomUUID();
        String token = merchant(user);
        String shop = "erase-running-" + user.toString().substring(0, 8) + ".myshopify.com";
        String shopToken = "shpat_erase_running_" + user;
        SHOPIFY.addShop(shop, shopToken, 1500);
        UUID id = connect(token, Map.of("platform", "shopify", "credentials", Map.of("shopDomain", shop, "accessToken", shopToken)));
        SHOPIFY.delayNext(1000, 500); // every page takes a while: the job is still paging when the erasure comes
        Reply trigger = call("POST", "/api/sync/trigger", token, Map.of("connectionId", id, "mode", "full"));
        assertThat(trigger.status()).as(trigger.body()).isEqualTo(202);
        UUID job = UUID.fromString(trigger.json().path("id").asString());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select coalesce(max(pages), 0) from sync_jobs where id = ?", job) >= 2);

        publish(UUID.randomUUID(), new UserErased(user, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from connections where owner_id = ?", user) == 0);
        sleep(3000); // events of pages committed before the erasure are still on their way
        int events = EVENTS.of(id).size();
        sleep(2000);
        assertThat(count("select count(*) from sync_jobs where id = ? or owner_id = ?", job, user)).isZero();
        assertThat(count("select count(*) from product_versions where connection_id = ?", id)).isZero();
        assertThat(count("select count(*) from connections where owner_id = ?", user)).isZero();
        assertThat(EVENTS.of(id)).hasSize(events);
        assertThat(events).as("the sync stopped part-way").isLessThan(1500);
    }

    private String webhookUrl() {
        return "http://localhost:" + port + "/api/webhooks/shopify";
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static void publish(UUID eventId, UserErased payload) {
        Map<String, Object> envelope = Map.of("id", eventId.toString(), "type", payload.eventType().name(), "version", 1,
                "occurredAt", Instant.now().toString(), "producer", "test", "subject", payload.subject(), "payload", payload);
        try (var producer = new KafkaProducer<String, String>(
                Map.of("bootstrap.servers", TestInfrastructure.get().kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(payload.eventType().topic(), payload.subject(),
                    JSON.writeValueAsString(envelope))).get();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
