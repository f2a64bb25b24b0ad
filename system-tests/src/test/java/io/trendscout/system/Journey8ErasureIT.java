package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Journey 8: deleting an account erases the user's data in every service. It also proves the event
 * path across services: the security-service's outbox publishes {@code UserErased}, Kafka carries
 * it, and the product-service's inbox consumes it and deletes the user's collections.
 */
class Journey8ErasureIT {

    @Test
    void deletingTheAccountErasesTheUsersDataInOtherServices() {
        Gateway anonymous = Gateway.anonymous();
        String productId = anonymous.get("/api/products?limit=1").json().path("items").path(0).path("id").asString();
        Accounts.Account user = Accounts.signUp();
        Gateway me = user.gateway();
        Gateway.Response created = me.post("/api/collections",
                Map.of("name", "Erase me", "isPublic", true, "productIds", List.of(productId)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String collection = "/api/collections/" + created.json().path("id").asString();
        assertThat(me.post("/api/products/" + productId + "/save", null).status()).isEqualTo(204);
        assertThat(anonymous.get(collection).status()).isEqualTo(200);

        assertThat(me.delete("/api/users/me").status()).isEqualTo(204);

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> anonymous.get(collection).status() == 404);
        Gateway.Response gone = anonymous.get(collection);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(me.get("/api/users/me").status()).isIn(401, 404);
    }
}
