package io.trendscout.product.catalog.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.trendscout.product.catalog.ProductRows;
import io.trendscout.product.catalog.ProductSummary;
import io.trendscout.product.catalog.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hottest products: highest trend score first, rising before stable or falling at equal scores. */
@Component
class TrendingProducts {

    private final JdbcClient jdbc;

    TrendingProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProductSummary> top(String niche, int limit, Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        String where = " where p.status = 'ACTIVE' and p.published and p.trend_score > 0";
        if (niche != null) {
            where += " and p.primary_niche = :niche";
            params.put("niche", niche);
        }
        return jdbc.sql("select " + ProductRows.COLUMNS + " from product p" + where
                        + " order by p.trend_score desc, (p.trend_direction = 'rising') desc, p.id desc limit " + limit)
                .params(params).query(ProductRows::product).list().stream().map(p -> p.shownTo(viewer).summary()).toList();
    }
}
