package io.trendscout.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.product.catalog.Products;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * #18 finding 13: a service reading a product on a user's behalf (ai-generator writing copy, with the user's token and
 * {@code countView=false}) is no VIEWED interaction; the user opening the page still is. Read on the real topic.
 */
@PlatformIntegrationTest
class ProductViewsIT {

    private static final String TOPIC = "product.product-interacted.v1";

    @Value("${local.server.port}")
    int port;

    @Autowired
    Products products;

    @Autowired
    JdbcTemplate jdbc;

    Http anonymous;
    UUID product;

    @BeforeEach
    void setUp() {
        anonymous = Http.anonymous(port);
        product = new CatalogFixtures(products, jdbc).product("Magnetic Phone Mount", "views-it");
    }

    @Test
    void aLookupOnTheUsersBehalfIsNoViewButTheUsersOwnReadIs() {
        UUID copywriter = UUID.randomUUID();
        UUID reader = UUID.randomUUID();
        Http.Response lookup = anonymous.as(copywriter).get("/api/products/" + product + "?countView=false");
        assertThat(lookup.status()).as(lookup.toString()).isEqualTo(200);
        assertThat(lookup.json().path("name").asString()).isEqualTo("Magnetic Phone Mount");
        assertThat(anonymous.as(reader).get("/api/products/" + product).status()).isEqualTo(200);

        List<String> events = Kafka.readUntil(TOPIC, v -> isView(v, reader), Duration.ofSeconds(30));
        assertThat(events).anyMatch(v -> isView(v, reader));
        // The outbox sends events of different transactions in parallel: give a view of the lookup time to arrive too.
        List<String> lookups = Kafka.readUntil(TOPIC, v -> isView(v, copywriter), Duration.ofSeconds(5));
        assertThat(lookups).noneMatch(v -> isView(v, copywriter));
        assertThat(viewCount()).isEqualTo(1);
    }

    @Test
    void onlyTheExplicitOptOutSuppressesAView() {
        UUID user = UUID.randomUUID();
        assertThat(anonymous.as(user).get("/api/products/" + product + "?countView=true").status()).isEqualTo(200);
        assertThat(Kafka.readUntil(TOPIC, v -> isView(v, user), Duration.ofSeconds(30))).anyMatch(v -> isView(v, user));
        assertThat(viewCount()).isEqualTo(1);
        Http.Response bad = anonymous.as(user).get("/api/products/" + product + "?countView=maybe");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(viewCount()).isEqualTo(1);
    }

    private long viewCount() {
        return jdbc.queryForObject("select view_count from product where id = ?", Long.class, product);
    }

    private boolean isView(String value, UUID user) {
        return value.contains(user.toString()) && value.contains(product.toString()) && value.contains("\"VIEWED\"");
    }
}
