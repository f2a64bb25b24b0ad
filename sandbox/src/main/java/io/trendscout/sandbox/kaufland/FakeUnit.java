package io.trendscout.sandbox.kaufland;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One unit (offer) of a fake Kaufland seller with its product, prices in integer cents. */
public final class FakeUnit {

    private static final String[] NAMES = {"Kaffeebecher", "Gartenschere", "Laufschuh", "Kissenbezug", "Powerbank",
            "Fahrradlicht", "Tischlampe", "Rucksack"};

    final long number;
    volatile String title;
    volatile long priceCents;
    volatile int amount;
    volatile Instant lastChange;
    volatile boolean malformed;

    FakeUnit(long number) {
        this.number = number;
        this.title = NAMES[(int) (number % NAMES.length)] + " " + number;
        this.priceCents = 999 + number % 60 * 100;
        this.amount = (int) (number * 5 % 70);
        this.lastChange = Instant.parse("2025-03-01T00:00:00Z").plusSeconds(number * 60);
    }

    public long idUnit() {
        return 400_000_000L + number;
    }

    public String title() {
        return title;
    }

    public long priceCents() {
        return priceCents;
    }

    String ean() {
        String base = "402" + String.format("%09d", number);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (base.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return base + (10 - sum % 10) % 10;
    }

    Map<String, Object> json(String storefront) {
        String changed = lastChange.atOffset(ZoneOffset.ofHours(1)).toString();
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("id_unit", idUnit());
        unit.put("id_offer", "KL-" + String.format("%05d", number));
        unit.put("id_product", 10_000_000L + number);
        unit.put("status", "AVAILABLE");
        unit.put("condition", "NEW");
        unit.put("listing_price", malformed ? "12,99 EUR" : priceCents);
        unit.put("minimum_price", priceCents / 2);
        unit.put("price", priceCents);
        unit.put("currency", "EUR");
        unit.put("amount", amount);
        unit.put("handling_time", 1);
        unit.put("note", "");
        unit.put("storefront", storefront);
        unit.put("fulfillment_type", "fulfilled_by_merchant");
        unit.put("date_inserted_iso", "2024-11-01T09:00:00+01:00");
        unit.put("date_lastchange_iso", changed);
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("id_product", 10_000_000L + number);
        product.put("title", malformed ? null : title);
        product.put("eans", List.of(ean()));
        product.put("main_picture", "https://media.cdn.kaufland.de/product-images/sandbox/" + number + ".jpg");
        product.put("manufacturer", "Sandbox GmbH");
        product.put("url", "https://www.kaufland.de/product/" + (10_000_000L + number) + "/");
        unit.put("product", product);
        return unit;
    }
}
