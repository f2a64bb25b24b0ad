package io.trendscout.sandbox.shopify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One product of a fake shop with a single variant (mutable through the test hooks). */
public final class FakeProduct {

    private static final String[] ADJECTIVES = {"Smart", "Eco", "Mini", "Pro", "Glow", "Cozy", "Turbo", "Fresh"};
    private static final String[] NOUNS = {"Lamp", "Bottle", "Mat", "Blender", "Hoodie", "Speaker", "Planter", "Brush"};
    static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");

    final long number;
    volatile String title;
    volatile String description;
    volatile BigDecimal price;
    volatile int inventory;
    volatile String status = "ACTIVE";
    volatile Instant updatedAt;
    volatile boolean malformed;

    FakeProduct(long number) {
        this.number = number;
        this.title = ADJECTIVES[(int) (number % ADJECTIVES.length)] + " " + NOUNS[(int) (number / 8 % NOUNS.length)] + " " + number;
        this.description = "<p>Demo product " + number + " of the sandbox shop.</p>";
        this.price = new BigDecimal(9 + number % 50 + ".99");
        this.inventory = (int) (number * 7 % 120);
        this.updatedAt = BASE.plusSeconds(number * 60);
    }

    public long id() {
        return 7_000_000_000L + number;
    }

    public String gid() {
        return "gid://shopify/Product/" + id();
    }

    public String sku() {
        return "SHP-" + String.format("%05d", number);
    }

    public String title() {
        return title;
    }

    public BigDecimal price() {
        return price;
    }

    /** A valid EAN-13 derived from the number. */
    static String ean(String prefix, long number) {
        String base = prefix + String.format("%0" + (12 - prefix.length()) + "d", number);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (base.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return base + (10 - sum % 10) % 10;
    }

    Map<String, Object> graphNode() {
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("id", "gid://shopify/ProductVariant/" + (8_000_000_000L + number));
        variant.put("sku", sku());
        variant.put("price", malformed ? "n/a" : price.toPlainString());
        variant.put("inventoryQuantity", inventory);
        variant.put("barcode", ean("400", number));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", gid());
        node.put("title", malformed ? null : title);
        node.put("handle", "demo-product-" + number);
        node.put("status", status);
        node.put("descriptionHtml", description);
        node.put("vendor", "Trendscout Sandbox");
        node.put("productType", NOUNS[(int) (number / 8 % NOUNS.length)]);
        node.put("tags", List.of("demo", "sandbox"));
        node.put("updatedAt", updatedAt.toString());
        node.put("featuredImage", Map.of("url", imageUrl()));
        node.put("variants", Map.of("nodes", List.of(variant)));
        return node;
    }

    /** The REST-shaped product Shopify sends in products/create and products/update webhooks. */
    Map<String, Object> webhookBody() {
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("id", 8_000_000_000L + number);
        variant.put("product_id", id());
        variant.put("sku", sku());
        variant.put("price", price.toPlainString());
        variant.put("inventory_quantity", inventory);
        variant.put("barcode", ean("400", number));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id());
        body.put("admin_graphql_api_id", gid());
        body.put("title", title);
        body.put("body_html", description);
        body.put("vendor", "Trendscout Sandbox");
        body.put("handle", "demo-product-" + number);
        body.put("status", status.toLowerCase());
        body.put("updated_at", updatedAt.toString());
        body.put("variants", List.of(variant));
        body.put("images", List.of(Map.of("src", imageUrl())));
        return body;
    }

    private String imageUrl() {
        return "https://cdn.shopify.com/s/files/1/sandbox/products/" + number + ".jpg";
    }
}
