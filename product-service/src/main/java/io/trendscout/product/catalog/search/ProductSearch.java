package io.trendscout.product.catalog.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.product.catalog.ProductDetail;
import io.trendscout.product.catalog.ProductRows;
import io.trendscout.product.catalog.ProductSummary;
import io.trendscout.product.shared.PageCursor;
import io.trendscout.product.shared.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs catalog queries in PostgreSQL: filters on indexed columns, full-text search over the
 * trigger-maintained English + German tsvector (GIN), trigram word similarity on the name for
 * typos, keyset pagination on (sort key, id).
 */
@Component
class ProductSearch {

    static final int COUNT_CAP = 10_000;
    private static final String TS_QUERY = "(websearch_to_tsquery('english', :q) || websearch_to_tsquery('german', :q))";

    private final JdbcClient jdbc;
    private final TrigramSchema trigram;

    ProductSearch(JdbcClient jdbc, TrigramSchema trigram) {
        this.jdbc = jdbc;
        this.trigram = trigram;
    }

    @Transactional(readOnly = true)
    public Slice<ProductSummary> search(SearchCriteria c, Optional<UUID> viewer) {
        Map<String, Object> params = new HashMap<>();
        String where = where(c, params);
        String rank = c.q() == null ? "0::float8"
                : "(ts_rank_cd(p.search_vector, " + TS_QUERY + ")::float8 + " + trigram.wordSimilarity()
                        + "(lower(:q), lower(p.name))::float8)";
        SortOrder sort = c.sort();
        String keyset = "";
        if (c.cursor() != null) {
            keyset = " and " + sort.after().replace("rank", rank);
            params.put("afterKey", c.cursor().key());
            params.put("afterId", c.cursor().id());
        }
        // Ranking visits every match anyway, so a first relevance page ranks them once (ids and ranks only),
        // counts them from that, and reads the full rows of the page alone. Other orders walk an index and stop
        // after a page, and count separately (capped) only when there is more.
        boolean countInline = sort == SortOrder.RELEVANCE && c.cursor() == null;
        String sql = countInline
                ? "with matches as materialized (select p.id, " + rank + " as rank from product p" + where + "),"
                        + " page as (select id, rank from matches order by rank desc, id desc limit " + (c.limit() + 1) + ")"
                        + " select " + ProductRows.COLUMNS + ", page.rank, (select count(*) from matches) as total"
                        + " from page join product p on p.id = page.id order by page.rank desc, p.id desc"
                : "select " + ProductRows.COLUMNS + ", " + rank + " as rank, 0::bigint as total from product p" + where
                        + keyset + " order by " + sort.orderBy().replace("rank", rank) + " limit " + (c.limit() + 1);
        List<Row> rows = jdbc.sql(sql).params(params).query(ProductSearch::row).list();
        boolean more = rows.size() > c.limit();
        List<Row> page = more ? rows.subList(0, c.limit()) : rows;
        String next = more ? cursorAfter(page.getLast(), c) : null;
        List<ProductSummary> items = page.stream().map(r -> r.product().visibleTo(viewer).summary()).toList();
        if (c.cursor() != null) {
            return Slice.of(items, next);
        }
        long total = !more ? items.size() : countInline ? rows.getFirst().total() : count(where, params);
        return total > COUNT_CAP ? new Slice<>(items, next, (long) COUNT_CAP, true) : new Slice<>(items, next, total, false);
    }

    private long count(String where, Map<String, Object> params) {
        Long total = jdbc.sql("select count(*) from (select 1 from product p" + where + " limit " + (COUNT_CAP + 1) + ") c")
                .params(params).query(Long.class).single();
        return Math.min(total, COUNT_CAP + 1L);
    }

    private String where(SearchCriteria c, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("p.status = 'ACTIVE'"));
        if (c.q() != null) {
            conditions.add("(p.search_vector @@ " + TS_QUERY + " or lower(:q) " + trigram.wordSimilarOperator()
                    + " lower(p.name))");
            params.put("q", c.q());
        }
        add(conditions, params, "p.primary_niche = :niche", "niche", c.niche());
        add(conditions, params, "p.categories @> array[cast(:category as text)]", "category", c.category());
        add(conditions, params, "p.tags @> array[cast(:tag as text)]", "tag", c.tag());
        add(conditions, params, "p.retail_price >= :minPrice", "minPrice", c.minPrice());
        add(conditions, params, "p.retail_price <= :maxPrice", "maxPrice", c.maxPrice());
        add(conditions, params, "p.currency = :currency", "currency", c.currency());
        add(conditions, params, "p.trend_level = :trendLevel", "trendLevel", c.trendLevel());
        add(conditions, params, "p.trend_direction = :direction", "direction", c.direction());
        add(conditions, params, "p.trend_score >= :minTrendScore", "minTrendScore", c.minTrendScore());
        add(conditions, params, "exists (select 1 from product_listing l where l.product_id = p.id"
                + " and l.channel = :channel and not l.deleted)", "channel", c.channel() == null ? null : c.channel().id());
        return " where " + String.join(" and ", conditions);
    }

    private static void add(List<String> conditions, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    private static String cursorAfter(Row last, SearchCriteria c) {
        ProductDetail p = last.product();
        String key = switch (c.sort()) {
            case RELEVANCE -> Double.toString(last.rank());
            case TREND_SCORE -> Integer.toString(p.trendData().trendScore());
            case PRICE, PRICE_DESC -> p.price().recommendedRetail().toPlainString();
            case NEWEST -> p.createdAt().toString();
        };
        return new PageCursor(c.sort().param(), c.fingerprint(), key, p.id()).encode();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(ProductRows.product(rs, n), rs.getDouble("rank"), rs.getLong("total"));
    }

    private record Row(ProductDetail product, double rank, long total) {
    }

}
