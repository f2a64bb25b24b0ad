package io.trendscout.trend.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.platform.web.validation.HttpsUrl;
import io.trendscout.platform.web.validation.HttpsUrlValidator;
import io.trendscout.platform.web.validation.PlainTextValidator;
import io.trendscout.trend.trends.InvalidObservation;
import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.TopVideo;
import io.trendscout.trend.trends.TrendType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns import rows (JSON objects or CSV records, as field → text/JSON) into observations. Each
 * row either becomes an observation or an {@link InvalidObservation} naming the first bad field.
 */
final class ImportRows {

    static final Set<String> FIELDS = Set.of("type", "name", "timestamp", "views", "likes", "shares", "comments", "videos",
            "creators", "region", "category", "relatedhashtags", "relatedproducts", "topvideos");

    static final String SOURCE = "import";
    private static final HttpsUrlValidator HTTPS_URL = new HttpsUrlValidator();
    private static final PlainTextValidator PLAIN_TEXT = new PlainTextValidator();

    private ImportRows() {
    }

    static Observation fromJson(JsonNode row) {
        if (!row.isObject()) {
            throw new InvalidObservation("row", "must be a JSON object");
        }
        for (Iterator<String> names = row.propertyNames().iterator(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidObservation(name, "is not a known field");
            }
        }
        return Observation.cumulative(SOURCE, TrendType.parse(text(row, "type"), "type"), text(row, "name"),
                text(row, "region"), text(row, "category"), timestamp(text(row, "timestamp")), Observation.Counts.engagement(
                        counter(row, "views", true), counter(row, "likes", false), counter(row, "shares", false),
                        counter(row, "comments", false), counter(row, "videos", false), counter(row, "creators", false)),
                new Observation.Details(null, null, strings(row, "relatedHashtags"), strings(row, "relatedProducts"),
                        videos(row), null));
    }

    /** The columns named by a CSV header record (case-insensitive); a bad header fails the import. */
    static List<String> csvHeader(CsvRecords.Record record) {
        if (record.error() != null) {
            throw new InvalidRequest("header", "CSV header " + record.error());
        }
        List<String> header = record.cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : header) {
            if (!ImportRows.FIELDS.contains(column) || column.equals("topvideos")) {
                throw new InvalidRequest("header", "unknown CSV column '" + column + "'");
            }
        }
        if (new HashSet<>(header).size() != header.size()) {
            throw new InvalidRequest("header", "CSV header names a column twice");
        }
        if (!header.containsAll(List.of("type", "name", "timestamp", "views"))) {
            throw new InvalidRequest("header", "CSV header needs at least type, name, timestamp and views");
        }
        return header;
    }

    /** A CSV record under its header: each cell by its column, then {@link #fromCsv(Map)}. */
    static Observation fromCsv(List<String> header, CsvRecords.Record record) {
        if (record.error() != null) {
            throw new InvalidObservation("row", record.error());
        }
        List<String> cells = record.cells();
        if (cells.size() != header.size()) {
            throw new InvalidObservation("row", "has " + cells.size() + " fields, the header has " + header.size());
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), cells.get(i));
        }
        return fromCsv(row);
    }

    static Observation fromCsv(Map<String, String> row) {
        return Observation.cumulative(SOURCE, TrendType.parse(row.get("type"), "type"), row.get("name"),
                blankToNull(row.get("region")), blankToNull(row.get("category")), timestamp(row.get("timestamp")),
                Observation.Counts.engagement(counter("views", row.get("views"), true),
                        counter("likes", row.get("likes"), false), counter("shares", row.get("shares"), false),
                        counter("comments", row.get("comments"), false), counter("videos", row.get("videos"), false),
                        counter("creators", row.get("creators"), false)),
                new Observation.Details(null, null, split(row.get("relatedhashtags")), split(row.get("relatedproducts")),
                        null, null));
    }

    static Instant timestamp(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidObservation("timestamp", "is required (ISO-8601 instant or date)");
        }
        String value = raw.trim();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ex) {
            throw new InvalidObservation("timestamp", "must be an ISO-8601 instant (2026-01-31T10:00:00Z) or date");
        }
    }

    private static long counter(JsonNode row, String field, boolean required) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new InvalidObservation(field, "is required");
            }
            return 0;
        }
        if (node.isNumber()) {
            return Observation.counter(field, node.asDouble());
        }
        if (node.isString()) {
            return counter(field, node.asString(), required);
        }
        throw new InvalidObservation(field, "must be a number");
    }

    private static long counter(String field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw new InvalidObservation(field, "is required");
            }
            return 0;
        }
        try {
            return Observation.counter(field, Double.parseDouble(raw.trim()));
        } catch (NumberFormatException ex) {
            throw new InvalidObservation(field, "must be a number");
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new InvalidObservation(field, "must be a string");
        }
        return node.asString();
    }

    private static List<String> strings(JsonNode row, String field) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidObservation(field, "must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isString()) {
                throw new InvalidObservation(field, "must be an array of strings");
            }
            values.add(item.asString());
        }
        return values;
    }

    private static List<TopVideo> videos(JsonNode row) {
        JsonNode node = row.get("topVideos");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidObservation("topVideos", "must be an array");
        }
        List<TopVideo> videos = new ArrayList<>();
        for (JsonNode v : node) {
            String id = v.path("videoId").asString("");
            if (id.isBlank() || id.length() > 64 || !PLAIN_TEXT.isValid(id, null)) {
                throw new InvalidObservation("topVideos", "entries need a videoId of at most 64 characters of plain text");
            }
            String creator = v.path("creatorId").asString(null);
            if (creator != null && (creator.length() > 64 || !PLAIN_TEXT.isValid(creator, null))) {
                throw new InvalidObservation("topVideos", "creatorId must be at most 64 characters of plain text");
            }
            String url = v.path("url").asString(null);
            if (!HTTPS_URL.isValid(url, null)) {
                throw new InvalidObservation("topVideos", "url must be an absolute https URL with a host, without user info, "
                        + "whitespace or control characters, at most " + HttpsUrl.MAX_LENGTH + " characters");
            }
            videos.add(new TopVideo(id, creator, url,
                    Observation.counter("topVideos.viewCount", v.path("viewCount").asDouble(0)),
                    Observation.counter("topVideos.likeCount", v.path("likeCount").asDouble(0)),
                    Observation.counter("topVideos.commentCount", v.path("commentCount").asDouble(0)),
                    Observation.counter("topVideos.shareCount", v.path("shareCount").asDouble(0))));
        }
        return videos;
    }

    private static List<String> split(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return List.of(raw.split("\\|"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Parses one JSON line; syntax errors become a row error, never an exception out of the import. */
    static JsonNode parseLine(JsonMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (JacksonException ex) {
            throw new InvalidObservation("row", "is not valid JSON");
        }
    }
}
