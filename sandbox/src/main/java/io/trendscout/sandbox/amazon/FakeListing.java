package io.trendscout.sandbox.amazon;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One listing of a fake seller (Listings Items 2021-08-01 item shape). */
public final class FakeListing {

    private static final String[] NAMES = {"Bamboo Toothbrush", "LED Strip", "Yoga Block", "Phone Stand", "Water Bottle",
            "Desk Organizer", "Pet Brush", "Travel Pillow"};

    final long number;
    volatile String itemName;
    volatile BigDecimal price;
    volatile int quantity;
    volatile Instant lastUpdated;
    volatile boolean malformed;

    FakeListing(long number) {
        this.number = number;
        this.itemName = NAMES[(int) (number % NAMES.length)] + " #" + number;
        this.price = new BigDecimal(12 + number % 40 + ".49");
        this.quantity = (int) (number * 3 % 90);
        this.lastUpdated = Instant.parse("2025-02-01T00:00:00Z").plusSeconds(number * 60);
    }

    public String sku() {
        return "AMZ-" + String.format("%05d", number);
    }

    public String itemName() {
        return itemName;
    }

    String asin() {
        return "B0" + String.format("%08X", 0x5A000000L + number);
    }

    String ean() {
        String base = "401" + String.format("%09d", number);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (base.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return base + (10 - sum % 10) % 10;
    }

    Map<String, Object> item(String marketplaceId) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("marketplaceId", marketplaceId);
        summary.put("asin", asin());
        summary.put("productType", "HOME");
        summary.put("conditionType", "new_new");
        summary.put("status", List.of("BUYABLE", "DISCOVERABLE"));
        summary.put("itemName", malformed ? null : itemName);
        summary.put("createdDate", "2024-12-01T00:00:00Z");
        summary.put("lastUpdatedDate", lastUpdated.toString());
        summary.put("mainImage", Map.of("link", "https://m.media-amazon.com/images/I/sandbox-" + number + ".jpg",
                "height", 500, "width", 500));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("product_description", List.of(Map.of("value", "Sandbox listing " + number, "marketplace_id", marketplaceId)));
        attributes.put("externally_assigned_product_identifier", List.of(Map.of("type", "ean", "value", ean(),
                "marketplace_id", marketplaceId)));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku());
        item.put("summaries", List.of(summary));
        item.put("attributes", attributes);
        item.put("issues", List.of());
        item.put("offers", List.of(Map.of("marketplaceId", marketplaceId, "offerType", "B2C",
                "price", Map.of("currencyCode", "EUR", "amount", malformed ? "twelve" : price.toPlainString()))));
        item.put("fulfillmentAvailability", List.of(Map.of("fulfillmentChannelCode", "DEFAULT", "quantity", quantity)));
        return item;
    }
}
