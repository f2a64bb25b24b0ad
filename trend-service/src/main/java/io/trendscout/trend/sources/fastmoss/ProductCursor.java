package io.trendscout.trend.sources.fastmoss;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The source's persisted progress, compact JSON:
 * {@code {"v":1,"products":{"<product_id>":["<last day fetched>",<creators>,"<day of that count>"]}}}.
 * A product in it is backfilled (only its recent days are fetched again); its creator count is the
 * last {@code overview.creator_count} seen, kept so that day's bucket keeps it when re-delivered.
 * Products not seen for longer than the backfill window are forgotten (fetched in full again).
 */
final class ProductCursor {

    record Seen(LocalDate lastDay, long creators, LocalDate creatorsDay) {
    }

    private final Map<String, Seen> products = new LinkedHashMap<>();

    static ProductCursor parse(Optional<String> raw, JsonMapper json) {
        ProductCursor cursor = new ProductCursor();
        if (raw.isEmpty() || raw.get().isBlank()) {
            return cursor;
        }
        try {
            JsonNode root = json.readTree(raw.get());
            for (Map.Entry<String, JsonNode> entry : root.path("products").properties()) {
                JsonNode seen = entry.getValue();
                cursor.products.put(entry.getKey(), new Seen(LocalDate.parse(seen.path(0).asString()),
                        seen.path(1).asLong(0), LocalDate.parse(seen.path(2).asString())));
            }
        } catch (JacksonException | DateTimeParseException | IllegalArgumentException ex) {
            throw new IllegalArgumentException("Unreadable FastMoss cursor", ex);
        }
        return cursor;
    }

    Seen get(String productId) {
        return products.get(productId);
    }

    void put(String productId, Seen seen) {
        products.put(productId, seen);
    }

    int size() {
        return products.size();
    }

    void forgetBefore(LocalDate day) {
        products.values().removeIf(seen -> seen.lastDay().isBefore(day));
    }

    String json(JsonMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("v", 1);
        ObjectNode all = root.putObject("products");
        products.forEach((id, seen) -> {
            ArrayNode entry = all.putArray(id);
            entry.add(seen.lastDay().toString());
            entry.add(seen.creators());
            entry.add(seen.creatorsDay().toString());
        });
        return json.writeValueAsString(root);
    }
}
