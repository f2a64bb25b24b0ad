package io.trendscout.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.analytics.Events.Sent;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.events.contracts.ProductRemoved;
import io.trendscout.platform.test.PlatformIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** A removed merchant product (deleted, or its merchant erased) leaves no aggregate behind; other products keep theirs. */
@PlatformIntegrationTest
class ProductRemovalIT {

    @Value("${trendscout.test.schema}")
    String schema;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRemovedProductsFiguresAreDeletedAndOnlyThose() {
        UUID viewer = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(3600);
        List<Sent> interactions = List.of(
                new Sent(UUID.randomUUID(), new ProductInteracted(viewer, removed, ProductInteracted.Kind.VIEWED, at), at),
                new Sent(UUID.randomUUID(), new ProductInteracted(viewer, removed, ProductInteracted.Kind.SAVED, at), at),
                new Sent(UUID.randomUUID(), new ProductInteracted(viewer, kept, ProductInteracted.Kind.VIEWED, at), at));
        Events.send(interactions);
        await(interactions.stream().map(Sent::id).toList());
        assertThat(rows("product_bucket", removed)).isEqualTo(1);
        assertThat(rows("user_product_bucket", removed)).isEqualTo(1);

        Sent removal = new Sent(UUID.randomUUID(),
                new ProductRemoved(removed, UUID.randomUUID(), Instant.now(), ProductRemoved.Reason.MERCHANT_ERASED), Instant.now());
        Events.send(List.of(removal, removal));
        await(List.of(removal.id()));

        assertThat(rows("product_bucket", removed)).isZero();
        assertThat(rows("user_product_bucket", removed)).isZero();
        assertThat(rows("product_bucket", kept)).isEqualTo(1);
        assertThat(rows("user_product_bucket", kept)).isEqualTo(1);
    }

    private void await(List<UUID> ids) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Events.processed(jdbc, schema, ids));
    }

    private int rows(String table, UUID product) {
        return jdbc.queryForObject("select count(*) from " + schema + "." + table + " where product_id = ?", Integer.class,
                product);
    }
}
