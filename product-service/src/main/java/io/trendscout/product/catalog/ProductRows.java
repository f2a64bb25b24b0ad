package io.trendscout.product.catalog;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Maps product and listing rows; column lists shared by every query on the product table. */
public final class ProductRows {

    /** Every product column but the search vector, for a table aliased {@code p}. */
    public static final String COLUMNS = "p.id, p.name, p.description, p.images, p.categories, p.primary_niche, p.tags,"
            + " p.cost_price, p.retail_price, p.currency, p.supplier_name, p.supplier_website, p.supplier_shipping_days,"
            + " p.supplier_shipping_cost, p.tiktok_shop_available, p.tiktok_shop_url, p.tiktok_shop_product_id,"
            + " p.view_count, p.save_count, p.conversion_rate, p.average_rating, p.trend_score, p.trend_level,"
            + " p.trend_direction, p.first_detected, p.peak_date, p.related_hashtags, p.merchant_id, p.published,"
            + " p.status, p.created_at, p.updated_at";

    private ProductRows() {
    }

    public static ProductDetail product(ResultSet rs, int row) throws SQLException {
        Integer shippingDays = (Integer) rs.getObject("supplier_shipping_days");
        return new ProductDetail(
                rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                strings(rs.getArray("images")), strings(rs.getArray("categories")), rs.getString("primary_niche"),
                strings(rs.getArray("tags")),
                new Price(rs.getBigDecimal("cost_price"), rs.getBigDecimal("retail_price"), rs.getString("currency")),
                rs.getString("supplier_name") == null && shippingDays == null ? null
                        : new Supplier(rs.getString("supplier_name"), rs.getString("supplier_website"), shippingDays,
                                rs.getBigDecimal("supplier_shipping_cost")),
                new TikTokShop(rs.getBoolean("tiktok_shop_available"), rs.getString("tiktok_shop_url"),
                        rs.getString("tiktok_shop_product_id")),
                new Stats(rs.getLong("view_count"), rs.getLong("save_count"), rs.getBigDecimal("conversion_rate"),
                        rs.getBigDecimal("average_rating")),
                new TrendData(rs.getInt("trend_score"), rs.getString("trend_level"), rs.getString("trend_direction"),
                        instant(rs, "first_detected"), instant(rs, "peak_date"), strings(rs.getArray("related_hashtags"))),
                rs.getObject("merchant_id", UUID.class), rs.getBoolean("published"), rs.getString("status"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    public static Listing listing(ResultSet rs, int row) throws SQLException {
        return new Listing(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
                rs.getObject("merchant_id", UUID.class), Channel.parse(rs.getString("channel")).orElseThrow(),
                rs.getString("external_id"), rs.getObject("connection_id", UUID.class), rs.getString("sku"),
                (Integer) rs.getObject("stock"), (BigDecimal) rs.getObject("price"), trim(rs.getString("currency")),
                rs.getString("status"), rs.getString("gtin"), rs.getBoolean("deleted"), instant(rs, "source_updated_at"),
                instant(rs, "updated_at"));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
