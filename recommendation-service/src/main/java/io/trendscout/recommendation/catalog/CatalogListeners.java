package io.trendscout.recommendation.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.platform.events.contracts.TrendDetected;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * ProductSynced carries the channel's listing, not the catalog id, so it only triggers a catalog refresh; a
 * TrendDetected stores the trend's score under its category and related hashtags (momentum for matching products).
 */
@Component
class CatalogListeners {

    private final EventInbox inbox;
    private final JsonMapper json;
    private final CatalogRefresh refresh;
    private final JdbcTemplate jdbc;

    CatalogListeners(EventInbox inbox, JsonMapper json, CatalogRefresh refresh, JdbcTemplate jdbc) {
        this.inbox = inbox;
        this.json = json;
        this.refresh = refresh;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = "shop-sync.product-synced.v1", groupId = "recommendation-service-catalog")
    void onProductSynced(String value) {
        inbox.handleOnce("product-synced", ReceivedEvent.parse(value, json), event -> {
            event.payloadAs(ProductSynced.class);
            refresh.request();
        });
    }

    @KafkaListener(topics = "trend.trend-detected.v1", groupId = "recommendation-service-trends")
    void onTrendDetected(String value) {
        inbox.handleOnce("trend-detected", ReceivedEvent.parse(value, json),
                event -> apply(event.payloadAs(TrendDetected.class)));
    }

    void apply(TrendDetected trend) {
        List<String> topics = new ArrayList<>();
        if (trend.category() != null) {
            topics.add(trend.category());
        }
        if (trend.relatedHashtags() != null) {
            topics.addAll(trend.relatedHashtags());
        }
        if (trend.name() != null && "hashtag".equalsIgnoreCase(trend.trendType())) {
            topics.add(trend.name());
        }
        boolean fading = "falling".equalsIgnoreCase(trend.direction()) || "declining".equalsIgnoreCase(trend.lifecycle());
        int score = fading ? trend.score() / 2 : trend.score();
        for (String topic : topics) {
            jdbc.update("""
                    insert into topic_trend (topic, score, direction, updated_at) values (?, ?, ?, ?)
                    on conflict (topic) do update set score = excluded.score, direction = excluded.direction,
                        updated_at = excluded.updated_at
                    """, topic.toLowerCase(java.util.Locale.ROOT).replace("#", "").trim(), Math.clamp(score, 0, 100),
                    trend.direction(), Timestamp.from(Instant.now()));
        }
    }
}
