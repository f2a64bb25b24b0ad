package io.trendscout.sandbox.tiktok;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import io.trendscout.sandbox.world.WorldVideo;
import tools.jackson.databind.JsonNode;

/**
 * The Research API's query tree ({@code and}, {@code or}, {@code not} lists of conditions
 * {@code {operation, field_name, field_values}}) as a predicate over world videos. Anything the
 * real API would refuse is an {@link Invalid} with the message the fake answers in invalid_params.
 */
final class ResearchQuery {

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private static final Set<String> OPERATIONS = Set.of("EQ", "IN", "GT", "GTE", "LT", "LTE");
    private static final Set<String> FIELDS = Set.of("create_date", "username", "region_code", "video_id", "hashtag_name",
            "keyword", "music_id");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private ResearchQuery() {
    }

    static Predicate<WorldVideo> parse(JsonNode query) throws Invalid {
        if (query == null || !query.isObject()) {
            throw new Invalid("query is required");
        }
        List<Predicate<WorldVideo>> and = conditions(query, "and");
        List<Predicate<WorldVideo>> or = conditions(query, "or");
        List<Predicate<WorldVideo>> not = conditions(query, "not");
        if (and.isEmpty() && or.isEmpty() && not.isEmpty()) {
            throw new Invalid("query must contain at least one non-empty and, or or not condition list");
        }
        return video -> and.stream().allMatch(c -> c.test(video))
                && (or.isEmpty() || or.stream().anyMatch(c -> c.test(video)))
                && not.stream().noneMatch(c -> c.test(video));
    }

    private static List<Predicate<WorldVideo>> conditions(JsonNode query, String kind) throws Invalid {
        JsonNode list = query.get(kind);
        List<Predicate<WorldVideo>> conditions = new ArrayList<>();
        if (list == null || list.isNull()) {
            return conditions;
        }
        if (!list.isArray()) {
            throw new Invalid(kind + " must be a list of conditions");
        }
        for (JsonNode condition : list) {
            conditions.add(condition(condition));
        }
        return conditions;
    }

    private static Predicate<WorldVideo> condition(JsonNode c) throws Invalid {
        String operation = c.path("operation").asString("").toUpperCase(Locale.ROOT);
        String field = c.path("field_name").asString("");
        JsonNode values = c.get("field_values");
        if (!OPERATIONS.contains(operation)) {
            throw new Invalid("Invalid operation: " + operation);
        }
        if (!FIELDS.contains(field)) {
            throw new Invalid("Invalid field_name: " + field);
        }
        if (values == null || !values.isArray() || values.isEmpty()) {
            throw new Invalid("field_values of " + field + " must be a non-empty list");
        }
        List<String> wanted = new ArrayList<>();
        values.forEach(v -> wanted.add(v.asString("").toLowerCase(Locale.ROOT)));
        if (operation.equals("EQ") && wanted.size() != 1) {
            throw new Invalid("EQ takes exactly one value");
        }
        boolean ordered = !operation.equals("EQ") && !operation.equals("IN");
        if (ordered && !field.equals("create_date")) {
            throw new Invalid("Operation " + operation + " is not supported for " + field);
        }
        if (ordered) {
            String bound = wanted.get(0);
            return v -> {
                int cmp = DAY.format(v.createTime()).compareTo(bound);
                return switch (operation) {
                    case "GT" -> cmp > 0;
                    case "GTE" -> cmp >= 0;
                    case "LT" -> cmp < 0;
                    default -> cmp <= 0;
                };
            };
        }
        return switch (field) {
            case "create_date" -> v -> wanted.contains(DAY.format(v.createTime()));
            case "username" -> v -> wanted.contains(v.username().toLowerCase(Locale.ROOT));
            case "region_code" -> v -> wanted.contains(v.region().toLowerCase(Locale.ROOT));
            case "video_id" -> v -> wanted.contains(v.idString());
            case "hashtag_name" -> v -> v.hashtags().stream().anyMatch(h -> wanted.contains(h.toLowerCase(Locale.ROOT)));
            case "music_id" -> v -> wanted.contains(v.musicId());
            default -> v -> wanted.stream().anyMatch(k -> v.description().toLowerCase(Locale.ROOT).contains(k));
        };
    }
}
