package io.trendscout.shopsync.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.platform.web.Problems;
import io.trendscout.shopsync.connection.ShopConnections;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/webhooks/shopify}: the HMAC is checked on the raw bytes before anything is
 * parsed (401, nothing stored, when it does not match); a delivery triggered more than
 * {@code max-age} from now is refused (400, not stored); one for a shop without a connection is
 * acknowledged and dropped; the rest is stored once per {@code X-Shopify-Webhook-Id} and once per
 * topic + product + updated_at, answered at once; {@link WebhookProcessor} applies it.
 */
@RestController
class ShopifyWebhookController {

    private static final int MAX_WEBHOOK_ID = 255;
    private static final Set<String> TOPICS = Set.of("products/create", "products/update", "products/delete");

    private final WebhookDeliveries deliveries;
    private final WebhookProperties properties;
    private final ShopConnections connections;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    ShopifyWebhookController(WebhookDeliveries deliveries, WebhookProperties properties, ShopConnections connections,
            JsonMapper json) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.connections = connections;
        this.json = json;
    }

    @PostMapping(path = "/api/webhooks/shopify", consumes = "*/*")
    ResponseEntity<?> receive(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = "X-Shopify-Hmac-Sha256", required = false) String hmac,
            @RequestHeader(name = "X-Shopify-Topic", required = false) String topic,
            @RequestHeader(name = "X-Shopify-Shop-Domain", required = false) String shop,
            @RequestHeader(name = "X-Shopify-Webhook-Id", required = false) String webhookId,
            @RequestHeader(name = "X-Shopify-Triggered-At", required = false) String triggeredAt) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!verified(raw, hmac)) {
            return problem(HttpStatus.UNAUTHORIZED, "webhook-signature", "Webhook signature invalid",
                    "X-Shopify-Hmac-Sha256 does not match the body");
        }
        if (webhookId == null || webhookId.isBlank() || webhookId.length() > MAX_WEBHOOK_ID) {
            throw new InvalidRequest("X-Shopify-Webhook-Id", "is required, at most " + MAX_WEBHOOK_ID + " characters");
        }
        if (shop == null || shop.isBlank()) {
            throw new InvalidRequest("X-Shopify-Shop-Domain", "is required");
        }
        if (topic == null || !TOPICS.contains(topic)) {
            return ResponseEntity.ok().build();
        }
        Instant triggered = parse(triggeredAt);
        if (triggered == null) {
            throw new InvalidRequest("X-Shopify-Triggered-At", "is required as an ISO-8601 date-time");
        }
        if (Duration.between(triggered, clock.instant()).abs().compareTo(properties.maxAge()) > 0) {
            // the signature covers the body only: an old body replayed later is refused by its age (and its dedupe key)
            return problem(HttpStatus.BAD_REQUEST, "webhook-stale", "Webhook outside the accepted time window",
                    "X-Shopify-Triggered-At is more than " + properties.maxAge().toSeconds() + " s from now");
        }
        String domain = shop.trim().toLowerCase(Locale.ROOT);
        if (!connections.isShopifyShopConnected(domain)) {
            // acknowledged (Shopify retries anything else) but neither stored nor applied
            return ResponseEntity.ok().build();
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        deliveries.accept(webhookId.trim(), domain, topic, text, triggered, dedupeKey(topic, text));
        return ResponseEntity.ok().build();
    }

    /** Topic + product id + the product's updated_at: the same change under another webhook id is the same delivery. */
    private String dedupeKey(String topic, String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException ex) {
            return null; // stored without a key and marked failed when applied
        }
        if (node == null || !node.path("id").isIntegralNumber()) {
            return null;
        }
        String updated = node.path("updated_at").asString("");
        try {
            updated = updated.isEmpty() ? "" : OffsetDateTime.parse(updated).toInstant().toString();
        } catch (DateTimeParseException ex) {
            return null; // cannot be applied either: marked failed
        }
        return topic + "|" + node.path("id").asLong() + "|" + updated;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, type, title, detail));
    }

    private boolean verified(byte[] body, String hmac) {
        String secret = properties.shopifySecret();
        if (secret == null || secret.isBlank() || hmac == null || hmac.isBlank()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            byte[] given = Base64.getDecoder().decode(hmac.trim());
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException ex) {
            return false;
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** ISO-8601 with {@code Z} or an offset; null when missing or unreadable. */
    private static Instant parse(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException ex) {
            return null;
        }
    }
}
