package io.trendscout.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.product.catalog.Products;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Saved products and collections: ownership, public reads, no leaks, interaction events through the outbox. */
@PlatformIntegrationTest
class SavedAndCollectionsIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Products products;

    @Autowired
    JdbcTemplate jdbc;

    Http anonymous;
    UUID alice;
    UUID bob;
    Http asAlice;
    Http asBob;
    UUID product;
    UUID other;

    @BeforeEach
    void setUp() {
        anonymous = Http.anonymous(port);
        alice = UUID.randomUUID();
        bob = UUID.randomUUID();
        asAlice = anonymous.as(alice);
        asBob = anonymous.as(bob);
        CatalogFixtures f = new CatalogFixtures(products, jdbc);
        product = f.product("Cloud Diffuser", "saved-it");
        other = f.product("Moon Lamp", "saved-it");
    }

    @Test
    void savingIsIdempotentListedNewestFirstAndPublished() {
        assertThat(asAlice.post("/api/products/" + product + "/save", null).status()).isEqualTo(204);
        assertThat(asAlice.post("/api/products/" + product + "/save", null).status()).isEqualTo(204);
        assertThat(asAlice.post("/api/products/" + other + "/save", null).status()).isEqualTo(204);

        JsonNode firstPage = asAlice.get("/api/products/saved?limit=1").json();
        assertThat(firstPage.path("items").path(0).path("id").asString()).isEqualTo(other.toString());
        JsonNode secondPage = asAlice.get("/api/products/saved?limit=1&cursor=" + firstPage.path("nextCursor").asString()).json();
        assertThat(secondPage.path("items").path(0).path("id").asString()).isEqualTo(product.toString());
        assertThat(secondPage.has("nextCursor")).isFalse();
        assertThat(asAlice.get("/api/products/" + product).json().path("stats").path("saveCount").asLong()).isEqualTo(1);
        assertThat(asBob.get("/api/products/saved").json().path("items").size()).isZero();

        assertThat(asAlice.delete("/api/products/" + product + "/save").status()).isEqualTo(204);
        assertThat(asAlice.get("/api/products/saved").json().path("items").size()).isEqualTo(1);

        // Until all three kinds are there: the outbox sends events of different transactions in parallel.
        Set<String> kinds = new HashSet<>();
        List<String> events = Kafka.readUntil("product.product-interacted.v1", v -> {
            if (v.contains(alice.toString()) && v.contains(product.toString())) {
                Stream.of("\"SAVED\"", "\"UNSAVED\"", "\"VIEWED\"").filter(v::contains).forEach(kinds::add);
            }
            return kinds.size() == 3;
        }, Duration.ofSeconds(30));
        List<String> mine = events.stream().filter(v -> v.contains(alice.toString()) && v.contains(product.toString())).toList();
        assertThat(mine).anyMatch(v -> v.contains("\"SAVED\"")).anyMatch(v -> v.contains("\"UNSAVED\""))
                .anyMatch(v -> v.contains("\"VIEWED\""));
        assertThat(mine.stream().filter(v -> v.contains("\"SAVED\"")).count()).isEqualTo(1);
    }

    @Test
    void savingNeedsATokenAndAnExistingProduct() {
        Http.Response anonymousSave = anonymous.post("/api/products/" + product + "/save", null);
        assertThat(anonymousSave.status()).isEqualTo(401);
        assertThat(anonymousSave.isProblem()).isTrue();
        assertThat(anonymous.get("/api/products/saved").status()).isEqualTo(401);
        Http.Response unknown = asAlice.post("/api/products/" + UUID.randomUUID() + "/save", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(asAlice.get("/api/products/saved?cursor=garbage").status()).isEqualTo(400);
    }

    @Test
    void aCollectionIsBuiltByItsOwnerAndPublishedAsAddedToCollection() {
        Http.Response created = asAlice.post("/api/collections",
                Map.of("name", "Summer picks", "description", "For July", "productIds", List.of(product)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("isPublic").asBoolean()).isFalse();

        JsonNode added = asAlice.post("/api/collections/" + id + "/products", Map.of("productId", other)).json();
        assertThat(added.path("products").size()).isEqualTo(2);
        assertThat(asAlice.post("/api/collections/" + id + "/products", Map.of("productId", UUID.randomUUID())).status())
                .isEqualTo(404);
        assertThat(asAlice.delete("/api/collections/" + id + "/products/" + product).status()).isEqualTo(204);
        assertThat(asAlice.get("/api/collections/" + id).json().path("products").path(0).path("id").asString())
                .isEqualTo(other.toString());

        JsonNode mine = asAlice.get("/api/collections").json();
        assertThat(mine.findValuesAsString("id")).contains(id);
        assertThat(asAlice.put("/api/collections/" + id, Map.of("name", "Renamed", "isPublic", true)).json()
                .path("name").asString()).isEqualTo("Renamed");

        List<String> events = Kafka.readUntil("product.product-interacted.v1",
                v -> v.contains(other.toString()) && v.contains("ADDED_TO_COLLECTION"), Duration.ofSeconds(30));
        assertThat(events).anyMatch(v -> v.contains(alice.toString()) && v.contains("ADDED_TO_COLLECTION"));

        assertThat(asAlice.delete("/api/collections/" + id).status()).isEqualTo(204);
        assertThat(asAlice.get("/api/collections/" + id).status()).isEqualTo(404);
    }

    @Test
    void aPrivateCollectionOfSomeoneElseLooksExactlyLikeAMissingOne() {
        String id = asAlice.post("/api/collections", Map.of("name", "Secret")).json().path("id").asString();
        Http.Response foreign = asBob.get("/api/collections/" + id);
        Http.Response missing = asBob.get("/api/collections/" + UUID.randomUUID());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.isProblem()).isTrue();
        assertThat(foreign.json().path("title")).isEqualTo(missing.json().path("title"));
        assertThat(anonymous.get("/api/collections/" + id).status()).isEqualTo(404);
        assertThat(asBob.put("/api/collections/" + id, Map.of("name", "Hijacked")).status()).isEqualTo(404);
        assertThat(asBob.post("/api/collections/" + id + "/products", Map.of("productId", product)).status()).isEqualTo(404);
        assertThat(asBob.delete("/api/collections/" + id).status()).isEqualTo(404);
        assertThat(asAlice.get("/api/collections/" + id).json().path("name").asString()).isEqualTo("Secret");
    }

    @Test
    void aPublicCollectionIsReadableByAnyoneButWritableOnlyByItsOwner() {
        String id = asAlice.post("/api/collections", Map.of("name", "Public picks", "isPublic", true,
                "productIds", List.of(product))).json().path("id").asString();
        Http.Response read = anonymous.get("/api/collections/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("products").path(0).path("id").asString()).isEqualTo(product.toString());
        assertThat(read.json().path("owned").asBoolean()).isFalse();
        assertThat(anonymous.get("/api/collections/public?limit=100").json().findValuesAsString("id")).contains(id);
        assertThat(asBob.get("/api/collections/" + id).status()).isEqualTo(200);
        assertThat(asBob.delete("/api/collections/" + id).status()).isEqualTo(404);
        assertThat(anonymous.delete("/api/collections/" + id).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/collections").status()).isEqualTo(401);
    }

    @Test
    void invalidCollectionsAreProblems() {
        Http.Response blank = asAlice.post("/api/collections", Map.of("name", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("errors").path(0).path("field").asString()).isEqualTo("name");
        assertThat(asAlice.post("/api/collections", Map.of("name", "x", "productIds", List.of(UUID.randomUUID()))).status())
                .isEqualTo(404);
        assertThat(asAlice.post("/api/collections", "{not json").status()).isEqualTo(400);
    }
}
