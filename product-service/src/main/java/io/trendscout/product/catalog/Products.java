package io.trendscout.product.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The product table: writes of drafts, reads of single products. Search lives in the search package. */
@Repository
public class Products {

    private final JdbcClient jdbc;
    private final Clock clock;

    Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Inserts a product unless one with that id exists; returns whether it was inserted. A product of the research
     * catalog (no merchant) is published, a merchant's product is private to the merchant.
     */
    public boolean insert(UUID id, ProductDraft draft, UUID merchantId, Instant createdAt) {
        return insert(id, draft, merchantId, merchantId == null, createdAt);
    }

    public boolean insert(UUID id, ProductDraft draft, UUID merchantId, boolean published, Instant createdAt) {
        ProductDraft d = draft.normalized();
        return jdbc.sql("""
                insert into product (id, name, description, images, categories, primary_niche, tags, cost_price,
                  retail_price, currency, supplier_name, supplier_website, supplier_shipping_days, supplier_shipping_cost,
                  tiktok_shop_available, tiktok_shop_url, tiktok_shop_product_id, merchant_id, published, status, created_at,
                  updated_at)
                values (:id, :name, :description, :images, :categories, :niche, :tags, :cost, :retail, :currency,
                  :supplierName, :supplierWebsite, :shippingDays, :shippingCost, :ttAvailable, :ttUrl, :ttId, :merchant,
                  :published, 'ACTIVE', :createdAt, :createdAt)
                on conflict (id) do nothing""")
                .param("id", id).params(draftParams(d)).param("merchant", merchantId).param("published", published)
                .param("createdAt", ProductRows.timestamp(createdAt))
                .update() == 1;
    }

    /** A product to insert in bulk: its draft, owning merchant and creation time. */
    public record NewProduct(UUID id, ProductDraft draft, UUID merchantId, Instant createdAt) {
    }

    /**
     * Inserts many products with one multi-row statement (ids are fresh, so there is no conflict to handle);
     * the columns a draft of a synced product leaves empty keep their defaults, so a merchant's product is private.
     */
    public void insertAll(List<NewProduct> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("""
                insert into product (id, name, description, images, categories, primary_niche, tags, cost_price,
                  retail_price, currency, merchant_id, status, created_at, updated_at) values\s""");
        List<Object> params = new ArrayList<>(rows.size() * 13);
        for (int i = 0; i < rows.size(); i++) {
            NewProduct row = rows.get(i);
            ProductDraft d = row.draft().normalized();
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)");
            Timestamp created = ProductRows.timestamp(row.createdAt());
            params.addAll(Arrays.asList(row.id(), d.name(), d.description(), ProductRows.array(d.images()),
                    ProductRows.array(d.categories()), d.primaryNiche(), ProductRows.array(d.tags()), d.price().cost(),
                    d.price().recommendedRetail(), d.price().currency(), row.merchantId(), created, created));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    public void update(UUID id, ProductDraft draft) {
        ProductDraft d = draft.normalized();
        jdbc.sql("""
                update product set name = :name, description = :description, images = :images, categories = :categories,
                  primary_niche = :niche, tags = :tags, cost_price = :cost, retail_price = :retail, currency = :currency,
                  supplier_name = :supplierName, supplier_website = :supplierWebsite, supplier_shipping_days = :shippingDays,
                  supplier_shipping_cost = :shippingCost, tiktok_shop_available = :ttAvailable, tiktok_shop_url = :ttUrl,
                  tiktok_shop_product_id = :ttId, status = 'ACTIVE', updated_at = :now
                where id = :id""")
                .param("id", id).params(draftParams(d)).param("now", ProductRows.timestamp(now()))
                .update();
    }

    private static java.util.Map<String, Object> draftParams(ProductDraft d) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("name", d.name());
        params.put("description", d.description());
        params.put("images", ProductRows.array(d.images()));
        params.put("categories", ProductRows.array(d.categories()));
        params.put("niche", d.primaryNiche());
        params.put("tags", ProductRows.array(d.tags()));
        params.put("cost", d.price().cost());
        params.put("retail", d.price().recommendedRetail());
        params.put("currency", d.price().currency());
        Supplier s = d.supplier();
        params.put("supplierName", s == null ? null : s.name());
        params.put("supplierWebsite", s == null ? null : s.website());
        params.put("shippingDays", s == null ? null : s.shippingTime());
        params.put("shippingCost", s == null ? null : s.shippingCost());
        params.put("ttAvailable", d.tiktokShop().available());
        params.put("ttUrl", d.tiktokShop().url());
        params.put("ttId", d.tiktokShop().productId());
        return params;
    }

    public Optional<ProductDetail> find(UUID id) {
        return jdbc.sql("select " + ProductRows.COLUMNS + " from product p where p.id = :id")
                .param("id", id).query(ProductRows::product).optional();
    }

    public Optional<ProductDetail> findActive(UUID id) {
        return find(id).filter(ProductDetail::active);
    }

    public List<ProductDetail> findActive(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ProductRows.COLUMNS + " from product p where p.id in (:ids) and p.status = 'ACTIVE'")
                .param("ids", ids).query(ProductRows::product).list();
    }

    public List<ProductDetail> findByMerchant(UUID merchantId) {
        return jdbc.sql("select " + ProductRows.COLUMNS + " from product p where p.merchant_id = :merchant"
                        + " order by p.created_at desc, p.id desc")
                .param("merchant", merchantId).query(ProductRows::product).list();
    }

    /** Whether the product is active and in the shared catalog or the viewer's own. */
    public boolean isVisible(UUID id, UUID viewer) {
        return jdbc.sql("""
                select count(*) from product
                where id = :id and status = 'ACTIVE' and (published or merchant_id = cast(:viewer as uuid))""")
                .param("id", id).param("viewer", viewer).query(Integer.class).single() > 0;
    }

    public void setPublished(UUID id, boolean published) {
        jdbc.sql("update product set published = :published where id = :id")
                .param("id", id).param("published", published).update();
    }

    public void setStatus(UUID id, String status) {
        jdbc.sql("update product set status = :status, updated_at = :now where id = :id")
                .param("id", id).param("status", status).param("now", ProductRows.timestamp(now())).update();
    }

    public void delete(UUID id) {
        jdbc.sql("delete from product where id = :id").param("id", id).update();
    }

    /** Deletes the merchant's products; returns their ids. */
    public List<UUID> deleteByMerchant(UUID merchantId) {
        return jdbc.sql("delete from product where merchant_id = :merchant returning id")
                .param("merchant", merchantId).query(UUID.class).list();
    }

    public void countView(UUID id) {
        jdbc.sql("update product set view_count = view_count + 1 where id = :id").param("id", id).update();
    }

    public void changeSaveCount(UUID id, int delta) {
        jdbc.sql("update product set save_count = greatest(save_count + :delta, 0) where id = :id")
                .param("id", id).param("delta", delta).update();
    }

    /** Takes over what a sales channel says about a synced product; the catalog's own fields stay. */
    public void applySource(UUID id, String name, String description, List<String> images, java.math.BigDecimal price,
            String currency) {
        jdbc.sql("""
                update product set name = :name, description = :description, images = :images, retail_price = :price,
                  currency = :currency, status = 'ACTIVE', updated_at = :now
                where id = :id""")
                .param("id", id).param("name", name).param("description", description == null ? "" : description)
                .param("images", ProductRows.array(images)).param("price", price).param("currency", currency)
                .param("now", ProductRows.timestamp(now())).update();
    }

    /** A live product of the merchant already listed elsewhere with the same GTIN (one product, many channels). */
    public Optional<UUID> findByGtin(UUID merchantId, String gtin) {
        return jdbc.sql("""
                select l.product_id from product_listing l
                where l.merchant_id = :merchant and l.gtin = :gtin and not l.deleted order by l.updated_at limit 1""")
                .param("merchant", merchantId).param("gtin", gtin).query(UUID.class).optional();
    }
}
