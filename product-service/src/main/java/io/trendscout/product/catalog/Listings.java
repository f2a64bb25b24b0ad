package io.trendscout.product.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
