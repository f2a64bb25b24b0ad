package io.trendscout.product.catalog.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.trendscout.product.catalog.ProductDetail;
import io.trendscout.product.catalog.ProductRows;
import io.trendscout.product.catalog.ProductSummary;
import io.trendscout.product.catalog.Viewer;
import io.trendscout.product.shared.PageCursor;
import io.trendscout.product.shared.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs catalog queries in PostgreSQL: filters on indexed columns, full-text search over the
 * trigger-maintained English + German tsvector (GIN), trigram word similarity on the name for
 * typos, keyset pagination on (sort key, id).
 * <p>
 * A text query's matches are what the full-text search finds; only when it finds fewer than
 * {@link #TYPO_FALLBACK_BELOW} products for the filters do names that are trigram-similar to the
 * text join them (a misspelled word has no lexeme match, and a short correct word would otherwise
 * drag in thousands of near-spellings to check and rank). The decision depends on the query and
 * the data only, never on the page, so every page of a query walks the same matches.
 */
@Component
class ProductSearch {

    static final int COUNT_CAP = 10_000;
    static final int TYPO_FALLBACK_BELOW = 20;
    private static final String TS_QUERY = "(websearch_to_tsquery('english', :q) || websearch_to_tsquery('german', :q))";

    private final JdbcClient jdbc;
    private final TrigramSchema trigram;

    ProductSearch(JdbcClient jdbc, TrigramSchema trigram) {
        this.jdbc = jdbc;
        this.trigram = trigram;
    }

    @Transactional(readOnly = true)
    public Slice<ProductSummary> search(SearchCriteria c, Viewer viewer) {
        // How selective a word, a niche or a price range is decides the plan. The driver server-prepares a statement
        // after a few executions and PostgreSQL then switches to a generic plan that sees none of the values (and
        // re-parses the text query for every row), which cost several times the custom plan here.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        Map<String, Object> params = new HashMap<>();
        String where = where(c, params);
        if (c.cursor() != null) {
            params.put("afterKey", c.cursor().key());
            params.put("afterId", c.cursor().id());
        }
        boolean first = c.cursor() == null;
        String sql = c.q() == null ? listing(c, where) : textSearch(c, where, params);
        List<Row> rows = jdbc.sql(sql).params(params).query(ProductSearch::row).list();
        boolean more = rows.size() > c.limit();
        List<Row> page = more ? rows.subList(0, c.limit()) : rows;
        String next = more ? cursorAfter(page.getLast(), c) : null;
        List<ProductSummary> items = page.stream().map(r -> r.product().shownTo(viewer).summary()).toList();
        if (!first) {
            return Slice.of(items, next);
        }
        // A text query counts its matches in the same statement (it visits each of them to rank or sort anyway);
        // a listing walks an index and stops after a page, and counts separately (capped) only when there is more.
        long total = !more ? items.size() : c.q() != null ? rows.getFirst().total() : count(where, params);
        return total > COUNT_CAP ? new Slice<>(items, next, (long) COUNT_CAP, true) : new Slice<>(items, next, total, false);
    }

    /**
     * Finds the page's ids and sort keys first, so that with a niche the filters and the order come from a covering
     * index alone (rejected entries cost no row reads), then reads the full rows of the page.
     */
    private String listing(SearchCriteria c, String where) {
        SortOrder sort = c.sort();
        String keyset = c.cursor() == null ? "" : " and " + sort.after();
        return "with page as (select p.id, " + sort.expression() + " as sort_key from product p" + where + keyset
                + " order by " + sort.orderBy() + " limit " + (c.limit() + 1) + ")"
                + " select " + ProductRows.COLUMNS + ", 0::float8 as rank, 0::bigint as total"
                + " from page join product p on p.id = page.id order by " + sort.orderBy("page.sort_key", "p.id");
    }

    /**
     * Collects the matches (id, rank, sort key) once, text matches first and typo candidates only if those are few,
     * then reads the full rows of the page alone. The relevance rank is the text rank ({@code ts_rank_cd}) plus the
     * word similarity of the name, computed once per match and only when sorting by relevance; typo candidates are
     * not text matches and rank by the similarity alone (so their search vector is not read).
     */
    private String textSearch(SearchCriteria c, String where, Map<String, Object> params) {
        params.put("q", c.q());
        SortOrder sort = c.sort();
        boolean byRank = sort == SortOrder.RELEVANCE;
        String similarity = trigram.wordSimilarity() + "(lower(:q), lower(p.name))::float8";
        String textRank = byRank ? "ts_rank_cd(p.search_vector, " + TS_QUERY + ")::float8 + " + similarity : "0::float8";
        String typoRank = byRank ? similarity : "0::float8";
        String sortKey = byRank ? "" : ", " + sort.expression() + " as sort_key";
        String textMatches = "select p.id, " + textRank + " as rank" + sortKey + " from product p" + where
                + " and p.search_vector @@ " + TS_QUERY;
        String typoCandidates = "select p.id, " + typoRank + " as rank" + sortKey + " from product p" + where
                + " and lower(:q) " + trigram.wordSimilarOperator() + " lower(p.name) and p.id not in (select id from fts)"
                + " and (select count(*) from (select 1 from fts limit " + TYPO_FALLBACK_BELOW + ") f) < "
                + TYPO_FALLBACK_BELOW;
        String matchColumns = "id, rank, " + (byRank ? "rank as " : "") + "sort_key";
        String keyset = c.cursor() == null ? "" : " where " + sort.after("sort_key", "id");
        String total = c.cursor() == null ? "(select count(*) from matches)" : "0::bigint";
        return "with fts as materialized (" + textMatches + "), typo as materialized (" + typoCandidates + "),"
                + " matches as (select " + matchColumns + " from fts union all select " + matchColumns + " from typo),"
                + " page as (select id, rank, sort_key from matches" + keyset + " order by " + sort.orderBy("sort_key", "id")
                + " limit " + (c.limit() + 1) + ")"
                + " select " + ProductRows.COLUMNS + ", page.rank, " + total + " as total"
                + " from page join product p on p.id = page.id order by " + sort.orderBy("page.sort_key", "p.id");
    }

    private long count(String where, Map<String, Object> params) {
        Long total = jdbc.sql("select count(*) from (select 1 from product p" + where + " limit " + (COUNT_CAP + 1) + ") c")
                .params(params).query(Long.class).single();
        return Math.min(total, COUNT_CAP + 1L);
    }

    private String where(SearchCriteria c, Map<String, Object> params) {
        // The shared catalog only: a merchant's unpublished products are the merchant's (partial indexes match this).
        List<String> conditions = new ArrayList<>(List.of("p.status = 'ACTIVE'", "p.published"));
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
