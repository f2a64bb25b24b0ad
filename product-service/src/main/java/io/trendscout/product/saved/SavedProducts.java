package io.trendscout.product.saved;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.product.catalog.ProductCatalog;
import io.trendscout.product.catalog.ProductSummary;
import io.trendscout.product.catalog.Viewers;
import io.trendscout.product.shared.InvalidCursor;
import io.trendscout.product.shared.PageCursor;
import io.trendscout.product.shared.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saving and unsaving is idempotent; only a change of state is counted and published. */
@Service
public class SavedProducts {

    private static final String SORT = "saved";

    private final JdbcClient jdbc;
    private final ProductCatalog catalog;
    private final EventPublisher events;

    private final Viewers viewers;

    SavedProducts(JdbcClient jdbc, ProductCatalog catalog, EventPublisher events, Viewers viewers) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.events = events;
        this.viewers = viewers;
    }

    @Transactional
    public void save(UUID userId, UUID productId) {
        catalog.requireVisible(productId, userId);
        Instant now = Instant.now();
        int inserted = jdbc.sql("insert into saved_product (user_id, product_id, saved_at) values (:u, :p, :at) on conflict do nothing")
                .param("u", userId).param("p", productId).param("at", Timestamp.from(now)).update();
        if (inserted == 1) {
            catalog.changeSaveCount(productId, 1);
            if (catalog.isShared(productId)) {
                events.publish(new ProductInteracted(userId, productId, ProductInteracted.Kind.SAVED, now));
            }
        }
    }

    @Transactional
    public void unsave(UUID userId, UUID productId) {
        int deleted = jdbc.sql("delete from saved_product where user_id = :u and product_id = :p")
                .param("u", userId).param("p", productId).update();
        if (deleted == 1) {
            catalog.changeSaveCount(productId, -1);
            if (catalog.isShared(productId)) {
                events.publish(new ProductInteracted(userId, productId, ProductInteracted.Kind.UNSAVED, Instant.now()));
            }
        } else {
            catalog.requireVisible(productId, userId);
        }
    }

    /** The user's saved products they may still see, most recently saved first, in keyset pages. */
    @Transactional(readOnly = true)
    public Slice<ProductSummary> list(UUID userId, String cursor, int limit) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor).requireFor(SORT, "-");
        Instant afterAt = after == null ? null : instant(after.key());
        List<Saved> rows = jdbc.sql("""
                select product_id, saved_at from saved_product
                where user_id = :u and (cast(:afterAt as timestamptz) is null
                      or (saved_at, product_id) < (cast(:afterAt as timestamptz), cast(:afterId as uuid)))
                order by saved_at desc, product_id desc limit :limit""")
                .param("u", userId).param("afterAt", afterAt == null ? null : Timestamp.from(afterAt))
                .param("afterId", after == null ? null : after.id()).param("limit", limit + 1)
                .query((rs, n) -> new Saved(rs.getObject("product_id", UUID.class), rs.getTimestamp("saved_at").toInstant()))
                .list();
        boolean more = rows.size() > limit;
        List<Saved> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new PageCursor(SORT, "-", page.getLast().at().toString(), page.getLast().productId()).encode() : null;
        return Slice.of(catalog.summaries(page.stream().map(Saved::productId).toList(), viewers.current()), next);
    }

    /** GDPR erasure of everything the user saved. */
    @Transactional
    public int erase(UUID userId) {
        return jdbc.sql("delete from saved_product where user_id = :u").param("u", userId).update();
    }

    private static Instant instant(String key) {
        try {
            return Instant.parse(key);
        } catch (RuntimeException ex) {
            throw new InvalidCursor();
        }
    }

    private record Saved(UUID productId, Instant at) {
    }
}
