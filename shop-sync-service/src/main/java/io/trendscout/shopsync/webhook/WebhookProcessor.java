package io.trendscout.shopsync.webhook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.trendscout.shopsync.channel.ChannelProduct;
import io.trendscout.shopsync.channel.PlainText;
import io.trendscout.shopsync.connection.ShopConnections;
import io.trendscout.shopsync.connection.SyncTarget;
import io.trendscout.shopsync.sync.ProductLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies stored webhook deliveries to every connection of the shop through the product ledger
 * (so a webhook and a sync never publish the same version twice); one transaction per delivery.
 */
@Component
class WebhookProcessor {

    private static final Logger log = LoggerFactory.getLogger(WebhookProcessor.class);

    /** A delivery whose body can never be applied. */
    static final class Unusable extends RuntimeException {
        Unusable(String message) {
            super(message);
        }
    }

    private final WebhookDeliveries deliveries;
    private final ShopConnections connections;
    private final ProductLedger ledger;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final WebhookProperties properties;

    WebhookProcessor(WebhookDeliveries deliveries, ShopConnections connections, ProductLedger ledger, TransactionTemplate tx,
            JsonMapper json, WebhookProperties properties) {
        this.deliveries = deliveries;
        this.connections = connections;
        this.ledger = ledger;
        this.tx = tx;
        this.json = json;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${trendscout.shop-sync.webhooks.poll-interval}")
    void drain() {
        String[] current = new String[1];
        try {
            while (Boolean.TRUE.equals(tx.execute(status -> applyNext(current)))) {
                current[0] = null;
            }
        } catch (RuntimeException ex) {
            if (current[0] != null) {
                log.warn("Webhook {} not applied yet: {}", current[0], ex.getMessage());
                tx.executeWithoutResult(s -> deliveries.failed(current[0], ex.getMessage(), false));
            }
        }
    }

    private boolean applyNext(String[] current) {
        List<WebhookDeliveries.Delivery> batch = deliveries.lockPending(1);
        if (batch.isEmpty()) {
            return false;
        }
        WebhookDeliveries.Delivery delivery = batch.getFirst();
        current[0] = delivery.webhookId();
        if (delivery.attempts() >= properties.maxAttempts()) {
            deliveries.failed(delivery.webhookId(), "Gave up after " + delivery.attempts() + " attempts", true);
            return true;
        }
        String externalId;
        ChannelProduct product;
        try {
            JsonNode body = json.readTree(delivery.body());
            if (body == null || !body.path("id").isIntegralNumber()) {
                throw new Unusable("Body has no numeric product id");
            }
            externalId = "gid://shopify/Product/" + body.path("id").asLong();
            product = delivery.topic().equals("products/delete") ? null : product(body, externalId);
        } catch (JacksonException | Unusable ex) {
            deliveries.failed(delivery.webhookId(), ex instanceof Unusable ? ex.getMessage() : "Body is not JSON", true);
            return true;
        }
        Instant at = delivery.triggeredAt() != null ? delivery.triggeredAt() : Instant.now();
        for (SyncTarget target : connections.shopifyShop(delivery.shopDomain())) {
            if (product == null) {
                ledger.delete(target, externalId, at);
            } else {
                ledger.record(target, product);
            }
        }
        deliveries.done(delivery.webhookId());
        return true;
    }

    static ChannelProduct product(JsonNode body, String externalId) {
        String title = body.path("title").asString(null);
        JsonNode variant = body.path("variants").path(0);
        BigDecimal price;
        try {
            price = new BigDecimal(variant.path("price").asString(""));
        } catch (NumberFormatException ex) {
            throw new Unusable("variants[0].price is not a decimal");
        }
        if (title == null || title.isBlank()) {
            throw new Unusable("title is missing");
        }
        Instant updated;
        try {
            updated = java.time.OffsetDateTime.parse(body.path("updated_at").asString("")).toInstant();
        } catch (RuntimeException ex) {
            throw new Unusable("updated_at is not a date-time");
        }
        String image = body.path("images").path(0).path("src").asString(null);
        String barcode = variant.path("barcode").asString(null);
        return new ChannelProduct(externalId, variant.path("sku").asString(null), title.trim(),
                PlainText.of(body.path("body_html").asString(null)), image == null ? List.of() : List.of(image), price, null,
                variant.path("inventory_quantity").isNumber() ? variant.path("inventory_quantity").asInt() : null,
                body.path("status").asString("").toUpperCase(java.util.Locale.ROOT),
                barcode == null || barcode.isBlank() ? null : barcode, updated);
    }
}
