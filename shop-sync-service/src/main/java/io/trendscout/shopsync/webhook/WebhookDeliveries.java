package io.trendscout.shopsync.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Received webhooks, unique by Shopify's webhook id and by shop + dedupe key (insert-first deduplication). */
@Repository
class WebhookDeliveries {

    record Delivery(String webhookId, String shopDomain, String topic, String body, Instant triggeredAt, int attempts) {
    }

    private final JdbcClient jdbc;

    WebhookDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when this webhook id, or this shop's dedupe key (topic + product + updated_at), was received before. */
    boolean accept(String webhookId, String shopDomain, String topic, String body, Instant triggeredAt, String dedupeKey) {
        return jdbc.sql("""
                insert into webhook_deliveries (webhook_id, shop_domain, topic, body, triggered_at, status, received_at, dedupe_key)
                values (?, ?, ?, ?, ?, 'PENDING', now(), ?) on conflict do nothing""")
                .params(webhookId, shopDomain, topic, body, triggeredAt == null ? null : Timestamp.from(triggeredAt), dedupeKey)
                .update() == 1;
    }

    List<Delivery> lockPending(int limit) {
        return jdbc.sql("""
                select * from webhook_deliveries where status = 'PENDING' order by received_at limit ? for update skip locked""")
                .param(limit)
                .query((rs, n) -> new Delivery(rs.getString("webhook_id"), rs.getString("shop_domain"), rs.getString("topic"),
                        rs.getString("body"), rs.getTimestamp("triggered_at") == null ? null : rs.getTimestamp("triggered_at").toInstant(),
                        rs.getInt("attempts")))
                .list();
    }

    void done(String webhookId) {
        jdbc.sql("update webhook_deliveries set status = 'DONE', processed_at = now(), error = null where webhook_id = ?")
                .param(webhookId).update();
    }

    void failed(String webhookId, String error, boolean finalAttempt) {
        jdbc.sql("""
                update webhook_deliveries set attempts = attempts + 1, error = ?,
                  status = case when ? then 'FAILED' else status end, processed_at = now() where webhook_id = ?""")
                .params(error, finalAttempt, webhookId).update();
    }
}
