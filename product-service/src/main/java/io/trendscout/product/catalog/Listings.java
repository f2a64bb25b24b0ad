package io.trendscout.product.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-channel listings of products: manual ones (one per product and channel) and synced ones (by external id). */
@Repository
public class Listings {

    private final JdbcClient jdbc;

    Listings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Listing> forProduct(UUID productId) {
        return jdbc.sql("select * from product_listing where product_id = :id order by channel, external_id")
                .param("id", productId).query(ProductRows::listing).list();
    }

    /** The synced listing for that source, locked until the transaction ends. */
    public Optional<Listing> lockBySource(UUID merchantId, Channel channel, String externalId) {
        return jdbc.sql("""
                select * from product_listing
                where merchant_id = :merchant and channel = :channel and external_id = :external for update""")
                .param("merchant", merchantId).param("channel", channel.id()).param("external", externalId)
                .query(ProductRows::listing).optional();
    }

    /** Inserts a synced listing; false if a concurrent writer inserted the same source first. */
    public boolean insertSynced(Listing l) {
        return jdbc.sql("""
                insert into product_listing (id, product_id, merchant_id, channel, external_id, connection_id, sku, stock,
                  price, currency, status, gtin, deleted, source_updated_at, updated_at)
                values (:id, :product, :merchant, :channel, :external, :connection, :sku, :stock, :price, :currency,
                  :status, :gtin, :deleted, :sourceUpdatedAt, :now)
                on conflict (merchant_id, channel, external_id) do nothing""")
                .param("id", l.id()).param("product", l.productId()).param("merchant", l.merchantId())
                .param("channel", l.channel().id()).param("external", l.externalId()).param("connection", l.connectionId())
                .param("sku", l.sku()).param("stock", l.stock()).param("price", l.price()).param("currency", l.currency())
                .param("status", l.status()).param("gtin", l.gtin()).param("deleted", l.deleted())
                .param("sourceUpdatedAt", ProductRows.timestamp(l.sourceUpdatedAt()))
                .param("now", ProductRows.timestamp(l.updatedAt()))
                .update() == 1;
    }

    /** Inserts many synced listings with one multi-row statement; returns how many were new (the rest existed). */
    public int insertAllSynced(List<Listing> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("""
                insert into product_listing (id, product_id, merchant_id, channel, external_id, connection_id, sku, stock,
                  price, currency, status, gtin, deleted, source_updated_at, updated_at) values\s""");
        List<Object> params = new ArrayList<>(rows.size() * 15);
        for (int i = 0; i < rows.size(); i++) {
            Listing l = rows.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(l.id(), l.productId(), l.merchantId(), l.channel().id(), l.externalId(),
                    l.connectionId(), l.sku(), l.stock(), l.price(), l.currency(), l.status(), l.gtin(), l.deleted(),
                    ProductRows.timestamp(l.sourceUpdatedAt()), ProductRows.timestamp(l.updatedAt())));
        }
        sql.append(" on conflict (merchant_id, channel, external_id) do nothing");
        return jdbc.sql(sql.toString()).params(params).update();
    }

    /** A listing's source: who lists it where under which id. */
    public record Source(UUID merchantId, Channel channel, String externalId) {
    }

    /** Which of these sources already have a synced listing (live or tombstoned). */
    public Set<Source> existingSources(Collection<Source> sources) {
        if (sources.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select l.merchant_id, l.channel, l.external_id from product_listing l
                join unnest(cast(:merchants as uuid[]), cast(:channels as text[]), cast(:externals as text[])) s (m, c, e)
                  on l.merchant_id = s.m and l.channel = s.c and l.external_id = s.e""")
                .param("merchants", sources.stream().map(Source::merchantId).toArray(UUID[]::new))
                .param("channels", sources.stream().map(s -> s.channel().id()).toArray(String[]::new))
                .param("externals", sources.stream().map(Source::externalId).toArray(String[]::new))
                .query((rs, n) -> new Source(rs.getObject(1, UUID.class), Channel.parse(rs.getString(2)).orElseThrow(),
                        rs.getString(3)))
                .list());
    }

    /** Which (merchant, GTIN) pairs already have a live listing, i.e. a product a new listing would join. */
    public Set<Map.Entry<UUID, String>> liveGtins(Collection<Map.Entry<UUID, String>> pairs) {
        if (pairs.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct l.merchant_id, l.gtin from product_listing l
                join unnest(cast(:merchants as uuid[]), cast(:gtins as text[])) s (m, g) on l.merchant_id = s.m and l.gtin = s.g
                where not l.deleted""")
                .param("merchants", pairs.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                .param("gtins", pairs.stream().map(Map.Entry::getValue).toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list());
    }

    public void updateSynced(UUID id, Listing l) {
        jdbc.sql("""
                update product_listing set connection_id = :connection, sku = :sku, stock = :stock, price = :price,
                  currency = :currency, status = :status, gtin = :gtin, deleted = :deleted,
                  source_updated_at = :sourceUpdatedAt, updated_at = :now
                where id = :id""")
                .param("id", id).param("connection", l.connectionId()).param("sku", l.sku()).param("stock", l.stock())
                .param("price", l.price()).param("currency", l.currency()).param("status", l.status())
                .param("gtin", l.gtin()).param("deleted", l.deleted())
                .param("sourceUpdatedAt", ProductRows.timestamp(l.sourceUpdatedAt()))
                .param("now", ProductRows.timestamp(l.updatedAt()))
                .update();
    }

    /** Sets the merchant's own listing of a product on a channel (no external id). */
    public void putManual(UUID productId, UUID merchantId, Channel channel, String sku, Integer stock, BigDecimal price,
            String currency, Instant now) {
        jdbc.sql("""
                insert into product_listing (id, product_id, merchant_id, channel, sku, stock, price, currency, status,
                  deleted, updated_at)
                values (:id, :product, :merchant, :channel, :sku, :stock, :price, :currency, 'ACTIVE', false, :now)
                on conflict (product_id, channel) where external_id is null
                do update set sku = excluded.sku, stock = excluded.stock, price = excluded.price,
                  currency = excluded.currency, updated_at = excluded.updated_at""")
                .param("id", UUID.randomUUID()).param("product", productId).param("merchant", merchantId)
                .param("channel", channel.id()).param("sku", sku).param("stock", stock).param("price", price)
                .param("currency", currency).param("now", ProductRows.timestamp(now))
                .update();
    }

    public boolean removeManual(UUID productId, Channel channel) {
        return jdbc.sql("delete from product_listing where product_id = :product and channel = :channel and external_id is null")
                .param("product", productId).param("channel", channel.id()).update() > 0;
    }

    public boolean hasLiveListings(UUID productId) {
        return jdbc.sql("select count(*) from product_listing where product_id = :id and not deleted")
                .param("id", productId).query(Integer.class).single() > 0;
    }

    public int deleteByMerchant(UUID merchantId) {
        return jdbc.sql("delete from product_listing where merchant_id = :merchant").param("merchant", merchantId).update();
    }
}
