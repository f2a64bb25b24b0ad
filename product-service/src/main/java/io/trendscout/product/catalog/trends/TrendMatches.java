package io.trendscout.product.catalog.trends;

import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.contracts.TrendDetected;
import io.trendscout.product.catalog.ProductDraft;
import io.trendscout.product.catalog.ProductRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a detected trend onto the products it is about: products tagged with the trend's
 * hashtags (or already related to them), and products whose name contains the trend's name as a
 * phrase (multi-word names only, so "fitness" does not match half the catalog).
 */
@Component
class TrendMatches {

    private static final Set<String> LEVELS = Set.of("low", "medium", "high");
    private static final Set<String> DIRECTIONS = Set.of("rising", "stable", "falling");

    private final JdbcClient jdbc;

    TrendMatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public int apply(TrendDetected trend) {
        validate(trend);
        List<String> keys = keys(trend);
        String name = trend.name().trim();
        boolean byName = name.split("\\s+").length >= 2;
        return jdbc.sql("""
                update product p set trend_score = :score, trend_level = :level, trend_direction = :direction,
                  first_detected = case when cast(:first as timestamptz) is null then p.first_detected
                                        when p.first_detected is null then cast(:first as timestamptz)
                                        else least(p.first_detected, cast(:first as timestamptz)) end,
                  peak_date = coalesce(cast(:peak as timestamptz), p.peak_date),
                  related_hashtags = array(select distinct h from unnest(p.related_hashtags || cast(:hashtags as text[])) h
                                           order by h),
                  updated_at = now()
                where p.status = 'ACTIVE'
                  and (p.tags && cast(:keys as text[]) or p.related_hashtags && cast(:keys as text[])
                       or (cast(:byName as boolean) and p.search_vector @@ phraseto_tsquery('english', :name)
                           and to_tsvector('english', p.name) @@ phraseto_tsquery('english', :name)))""")
                .param("score", trend.score())
                .param("level", oneOf(trend.level(), LEVELS))
                .param("direction", oneOf(trend.direction(), DIRECTIONS))
                .param("first", trend.firstDetected() == null ? null : Timestamp.from(trend.firstDetected()))
                .param("peak", trend.peakDate() == null ? null : Timestamp.from(trend.peakDate()))
                .param("hashtags", ProductRows.array(hashtags(trend)))
                .param("keys", ProductRows.array(keys))
                .param("byName", byName)
                .param("name", name)
                .update();
    }

    private static List<String> hashtags(TrendDetected trend) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        if (trend.relatedHashtags() != null) {
            trend.relatedHashtags().stream().filter(h -> h != null && !h.isBlank()).map(ProductDraft::key).forEach(tags::add);
        }
        if (trend.name().trim().startsWith("#") || "hashtag".equalsIgnoreCase(trend.trendType())) {
            tags.add(ProductDraft.key(trend.name()));
        }
        return List.copyOf(tags);
    }

    private static List<String> keys(TrendDetected trend) {
        LinkedHashSet<String> keys = new LinkedHashSet<>(hashtags(trend));
        keys.add(ProductDraft.key(trend.name()).replaceAll("\\s+", ""));
        return List.copyOf(keys);
    }

    private static String oneOf(String value, Set<String> allowed) {
        String normalized = value == null ? null : value.trim().toLowerCase(Locale.ROOT);
        return normalized != null && allowed.contains(normalized) ? normalized : null;
    }

    static void validate(TrendDetected trend) {
        if (trend.trendId() == null || trend.name() == null || trend.name().isBlank()) {
            throw new MalformedEvent("TrendDetected lacks trendId or name");
        }
        if (trend.score() < 0 || trend.score() > 100) {
            throw new MalformedEvent("TrendDetected score is outside 0-100");
        }
    }
}
