package io.trendscout.product.collections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.security.CurrentUser;
import io.trendscout.product.catalog.ProductCatalog;
import io.trendscout.product.catalog.Viewer;
import io.trendscout.product.catalog.Viewers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collections of products. Owners do everything; anyone (also anonymous) may read a public one;
 * a private collection of someone else is answered as missing, so its existence does not leak.
 */
@Service
public class Collections {

    /** Counts the products the viewer ({@code :viewer}, null when anonymous) would see in the collection. */
    private static final String SUMMARY = """
            select c.*, (select count(*) from collection_product cp join product p on p.id = cp.product_id
                         where cp.collection_id = c.id and p.status = 'ACTIVE'
                           and (p.published or p.merchant_id = cast(:viewer as uuid))) as product_count
            from product_collection c""";

    private final JdbcClient jdbc;
    private final ProductCatalog catalog;
    private final EventPublisher events;

    private final Viewers viewers;

    Collections(JdbcClient jdbc, ProductCatalog catalog, EventPublisher events, Viewers viewers) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.events = events;
        this.viewers = viewers;
    }

    @Transactional(readOnly = true)
    public List<CollectionViews.Summary> mine(UUID owner) {
        return jdbc.sql(SUMMARY + " where c.owner_id = :owner order by c.created_at desc, c.id desc")
                .param("owner", owner).param("viewer", owner).query((rs, n) -> summary(rs, owner)).list();
    }

    @Transactional(readOnly = true)
    public List<CollectionViews.Summary> publicOnes(int limit) {
        Optional<UUID> viewer = CurrentUser.optionalId();
        return jdbc.sql(SUMMARY + " where c.is_public order by c.updated_at desc, c.id desc limit :limit")
                .param("limit", limit).param("viewer", viewer.orElse(null))
                .query((rs, n) -> summary(rs, viewer.orElse(null))).list();
    }

    @Transactional
    public CollectionViews.Detail create(UUID owner, CollectionRequest request) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        List<UUID> products = request.productIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.productIds()));
        products.forEach(product -> catalog.requireVisible(product, owner));
        jdbc.sql("""
                insert into product_collection (id, owner_id, name, description, is_public, created_at, updated_at)
                values (:id, :owner, :name, :description, :public, :now, :now)""")
                .param("id", id).param("owner", owner).param("name", request.name().trim())
                .param("description", request.description() == null ? "" : request.description())
                .param("public", Boolean.TRUE.equals(request.isPublic())).param("now", now).update();
        products.forEach(product -> add(id, owner, product));
        return show(id);
    }

    /**
     * The collection if the caller owns it or it is public, with the products the caller may see (a merchant's
     * private product stays hidden from others even in its owner's public collection).
     */
    @Transactional(readOnly = true)
    public CollectionViews.Detail show(UUID id) {
        Viewer viewer = viewers.current();
        Row row = find(id).orElseThrow(() -> new CollectionNotFound(id));
        boolean owned = viewer.id().map(row.owner()::equals).orElse(false);
        if (!row.isPublic() && !owned && !(viewer.id().isPresent() && CurrentUser.hasRole("ADMIN"))) {
            throw new CollectionNotFound(id);
        }
        List<UUID> productIds = jdbc.sql("""
                select product_id from collection_product where collection_id = :id order by added_at, product_id""")
                .param("id", id).query(UUID.class).list();
        return new CollectionViews.Detail(id, row.name(), row.description(), row.isPublic(), owned,
                catalog.summaries(productIds, viewer), row.createdAt(), row.updatedAt());
    }

    @Transactional
    public CollectionViews.Detail update(UUID id, CollectionRequest request) {
        Row row = owned(id);
        jdbc.sql("""
                update product_collection set name = :name, description = :description, is_public = :public,
                  updated_at = :now where id = :id""")
                .param("id", id).param("name", request.name().trim())
                .param("description", request.description() == null ? "" : request.description())
                .param("public", request.isPublic() == null ? row.isPublic() : request.isPublic())
                .param("now", Timestamp.from(Instant.now())).update();
        return show(id);
    }

    @Transactional
    public void delete(UUID id) {
        owned(id);
        jdbc.sql("delete from product_collection where id = :id").param("id", id).update();
    }

    @Transactional
    public CollectionViews.Detail addProduct(UUID id, UUID productId) {
        Row row = owned(id);
        catalog.requireVisible(productId, row.owner());
        add(id, row.owner(), productId);
        return show(id);
    }

    @Transactional
    public void removeProduct(UUID id, UUID productId) {
        owned(id);
        int removed = jdbc.sql("delete from collection_product where collection_id = :id and product_id = :product")
                .param("id", id).param("product", productId).update();
        if (removed == 0) {
            throw new io.trendscout.product.catalog.ProductNotFound(productId);
        }
        touch(id);
    }

    /** GDPR erasure of the user's collections (with their entries). */
    @Transactional
    public int erase(UUID owner) {
        return jdbc.sql("delete from product_collection where owner_id = :owner").param("owner", owner).update();
    }

    private void add(UUID id, UUID owner, UUID productId) {
        Instant now = Instant.now();
        int inserted = jdbc.sql("""
                insert into collection_product (collection_id, product_id, added_at) values (:id, :product, :now)
                on conflict do nothing""")
                .param("id", id).param("product", productId).param("now", Timestamp.from(now)).update();
        if (inserted == 1) {
            touch(id);
            if (catalog.isShared(productId)) {
                events.publish(new ProductInteracted(owner, productId, ProductInteracted.Kind.ADDED_TO_COLLECTION,
                        now));
            }
        }
    }

    private void touch(UUID id) {
        jdbc.sql("update product_collection set updated_at = :now where id = :id")
                .param("id", id).param("now", Timestamp.from(Instant.now())).update();
    }

    private Row owned(UUID id) {
        Row row = find(id).orElseThrow(() -> new CollectionNotFound(id));
        if (!row.owner().equals(CurrentUser.id()) && !CurrentUser.hasRole("ADMIN")) {
            throw new CollectionNotFound(id);
        }
        return row;
    }

    private Optional<Row> find(UUID id) {
        return jdbc.sql("select * from product_collection where id = :id").param("id", id)
                .query((rs, n) -> new Row(rs.getObject("owner_id", UUID.class), rs.getString("name"),
                        rs.getString("description"), rs.getBoolean("is_public"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    private static CollectionViews.Summary summary(ResultSet rs, UUID viewer) throws SQLException {
        UUID owner = rs.getObject("owner_id", UUID.class);
        return new CollectionViews.Summary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getBoolean("is_public"), rs.getInt("product_count"), owner.equals(viewer),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private record Row(UUID owner, String name, String description, boolean isPublic, Instant createdAt, Instant updatedAt) {
    }
}
