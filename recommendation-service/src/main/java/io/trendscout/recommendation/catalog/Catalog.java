package io.trendscout.recommendation.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.trendscout.recommendation.ranking.Product;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The products and detected trends the model is trained on. */
@Component
public class Catalog {

    private final JdbcTemplate jdbc;

    Catalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Product> products() {
        return jdbc.query("select * from catalog_product", (rs, n) -> product(rs));
    }

    /** Detected trends by lower-case topic, score 0-100. */
    public Map<String, Integer> topicTrends() {
        Map<String, Integer> trends = new HashMap<>();
        jdbc.query("select topic, score from topic_trend", rs -> {
            trends.put(rs.getString(1), rs.getInt(2));
        });
        return trends;
    }

    static Product product(ResultSet rs) throws SQLException {
        var price = rs.getBigDecimal("price");
        Boolean inStock = rs.getObject("in_stock") == null ? null : rs.getBoolean("in_stock");
        return new Product(rs.getObject("id", java.util.UUID.class), rs.getString("name"), rs.getString("niche"),
                strings(rs.getArray("categories")), strings(rs.getArray("tags")),
                price == null ? null : price.doubleValue(), rs.getString("currency"), rs.getInt("trend_score"),
                rs.getString("trend_direction"), inStock);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
