package io.trendscout.shopsync.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/webhooks/shopify}: the HMAC is checked on the raw bytes before anything is
 * parsed (401, nothing stored, when it does not match), the delivery is stored once per
 * {@code X-Shopify-Webhook-Id} and answered at once; {@link WebhookProcessor} applies it.
 */
@RestController
class ShopifyWebhookController {

    private static final Set<String> TOPICS = Set.of("products/create", "products/update", "products/delete");

    private final WebhookDeliveries deliveries;
    private final WebhookProperties properties;

    ShopifyWebhookController(WebhookDeliveries deliveries, WebhookProperties properties) {
        this.deliveries = deliveries;
        this.properties = properties;
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
            ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "webhook-signature",
                    "Webhook signature invalid", "X-Shopify-Hmac-Sha256 does not match the body");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        if (webhookId == null || webhookId.isBlank()) {
            throw new InvalidRequest("X-Shopify-Webhook-Id", "is required");
        }
        if (shop == null || shop.isBlank()) {
            throw new InvalidRequest("X-Shopify-Shop-Domain", "is required");
        }
        if (topic == null || !TOPICS.contains(topic)) {
            return ResponseEntity.ok().build();
        }
        deliveries.accept(webhookId.trim(), shop.trim().toLowerCase(java.util.Locale.ROOT), topic,
                new String(raw, StandardCharsets.UTF_8), parse(triggeredAt));
        return ResponseEntity.ok().build();
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

    private static Instant parse(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException ex) {
            return null;
        }
    }
}
