package io.trendscout.analytics.ingest;

import java.time.Instant;
import java.util.UUID;

import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.events.contracts.ProductRemoved;
import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.TrendDetected;
import io.trendscout.platform.events.contracts.UserErased;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Folds one event into the aggregates with additive upserts, so the order of arrival does not
 * matter (late events land in their own bucket) and the caller's inbox makes each event count once.
 * Personal rows of an erased user are not written again.
 */
@Component
class Aggregates {

    private static final String NOT_ERASED = " where not exists (select 1 from erased_user where user_id = ?)";

    private final JdbcTemplate jdbc;

    Aggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void interaction(ProductInteracted event, Instant fallback) {
        Instant at = event.at() != null ? event.at() : fallback;
        long[] c = counts(event.kind());
        jdbc.update("""
                insert into product_bucket (product_id, bucket, views, saves, unsaves, collection_adds) values (?, ?, ?, ?, ?, ?)
                on conflict (product_id, bucket) do update set views = product_bucket.views + excluded.views,
                  saves = product_bucket.saves + excluded.saves, unsaves = product_bucket.unsaves + excluded.unsaves,
                  collection_adds = product_bucket.collection_adds + excluded.collection_adds""",
                event.productId(), Buckets.of(at), c[0], c[1], c[2], c[3]);
        jdbc.update("""
                insert into user_product_bucket (user_id, product_id, bucket, views, saves, unsaves, collection_adds)
                select ?, ?, ?, ?, ?, ?, ?""" + NOT_ERASED + """
                 on conflict (user_id, bucket, product_id) do update set views = user_product_bucket.views + excluded.views,
                  saves = user_product_bucket.saves + excluded.saves, unsaves = user_product_bucket.unsaves + excluded.unsaves,
                  collection_adds = user_product_bucket.collection_adds + excluded.collection_adds""",
                event.userId(), event.productId(), Buckets.of(at), c[0], c[1], c[2], c[3], event.userId());
    }

    void trend(TrendDetected event, Instant at) {
        jdbc.update("""
                insert into trend_bucket (trend_id, bucket, detections, max_score, last_score, last_at, name, category,
                  level, direction, lifecycle) values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (trend_id, bucket) do update set detections = trend_bucket.detections + 1,
                  max_score = greatest(trend_bucket.max_score, excluded.max_score),
                  last_score = case when excluded.last_at >= trend_bucket.last_at then excluded.last_score else trend_bucket.last_score end,
                  name = case when excluded.last_at >= trend_bucket.last_at then excluded.name else trend_bucket.name end,
                  category = case when excluded.last_at >= trend_bucket.last_at then excluded.category else trend_bucket.category end,
                  level = case when excluded.last_at >= trend_bucket.last_at then excluded.level else trend_bucket.level end,
                  direction = case when excluded.last_at >= trend_bucket.last_at then excluded.direction else trend_bucket.direction end,
                  lifecycle = case when excluded.last_at >= trend_bucket.last_at then excluded.lifecycle else trend_bucket.lifecycle end,
                  last_at = greatest(trend_bucket.last_at, excluded.last_at)""",
                event.trendId(), Buckets.of(at), event.score(), event.score(), Buckets.exact(at),
                event.name() == null ? "" : event.name(), event.category(), event.level(), event.direction(),
                event.lifecycle());
    }

    void stats(StatsFetched event, Instant fallback) {
        Instant at = event.fetchedAt() != null ? event.fetchedAt() : fallback;
        jdbc.update("""
                insert into tiktok_snapshot (user_id, fetched_at, followers, likes, video_count, engagement_rate, average_views)
                select ?, ?, ?, ?, ?, ?, ?""" + NOT_ERASED + """
                 on conflict (user_id, fetched_at) do update set followers = excluded.followers, likes = excluded.likes,
                  video_count = excluded.video_count, engagement_rate = excluded.engagement_rate,
                  average_views = excluded.average_views""",
                event.userId(), Buckets.exact(at), event.followers(), event.likes(), event.videoCount(),
                event.engagementRate(), event.averageViews(), event.userId());
    }

    void synced(ProductSynced event, Instant at) {
        jdbc.update("""
                insert into sync_bucket (merchant_id, channel, bucket, upserts, deletions, last_at)
                select ?, ?, ?, ?, ?, ?""" + NOT_ERASED + """
                 on conflict (merchant_id, bucket, channel) do update set upserts = sync_bucket.upserts + excluded.upserts,
                  deletions = sync_bucket.deletions + excluded.deletions,
                  last_at = greatest(sync_bucket.last_at, excluded.last_at)""",
                event.merchantId(), event.channel(), Buckets.of(at), event.deleted() ? 0 : 1, event.deleted() ? 1 : 0,
                Buckets.exact(at), event.merchantId());
    }

    /** Personal aggregates go; anonymous product and trend totals stay. */
    void erase(UserErased event) {
        UUID user = event.userId();
        jdbc.update("insert into erased_user (user_id, erased_at) values (?, now()) on conflict do nothing", user);
        jdbc.update("delete from user_product_bucket where user_id = ?", user);
        jdbc.update("delete from tiktok_snapshot where user_id = ?", user);
        jdbc.update("delete from sync_bucket where merchant_id = ?", user);
    }

    /** A merchant's product is gone (deleted, or its merchant erased): its figures go with it. */
    void removeProduct(ProductRemoved event) {
        jdbc.update("delete from product_bucket where product_id = ?", event.productId());
        jdbc.update("delete from user_product_bucket where product_id = ?", event.productId());
    }

    private static long[] counts(ProductInteracted.Kind kind) {
        return switch (kind) {
            case VIEWED -> new long[] {1, 0, 0, 0};
            case SAVED -> new long[] {0, 1, 0, 0};
            case UNSAVED -> new long[] {0, 0, 1, 0};
            case ADDED_TO_COLLECTION -> new long[] {0, 0, 0, 1};
        };
    }
}
