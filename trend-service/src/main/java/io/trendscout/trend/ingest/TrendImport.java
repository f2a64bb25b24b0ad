package io.trendscout.trend.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.trend.sources.SourceActivity;
import io.trendscout.trend.sources.SourceKind;
import io.trendscout.trend.trends.InvalidObservation;
import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.TrendIngestion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operator imports: each row is validated on its own; good rows are stored and scored, bad rows
 * are reported with their line number. Only a body that cannot be read at all (no CSV header,
 * too many rows) fails the whole import.
 */
@Service
class TrendImport {

    enum Format {
        JSON_LINES, CSV
    }

    private final TrendIngestion ingestion;
    private final SourceActivity activity;
    private final JsonMapper json;
    private final int maxRows;

    TrendImport(TrendIngestion ingestion, SourceActivity activity, JsonMapper json,
            @Value("${trendscout.trend.import.max-rows:100000}") int maxRows) {
        this.ingestion = ingestion;
        this.activity = activity;
        this.json = json;
        this.maxRows = maxRows;
    }

    ImportReport run(Format format, String body) {
        List<Observation> accepted = new ArrayList<>();
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        String trimmed = body.strip();
        if (format == Format.JSON_LINES && trimmed.startsWith("[")) {
            readJsonArray(trimmed, accepted, rejected);
        } else if (format == Format.JSON_LINES) {
            readLines(trimmed, (line, text) -> ImportRows.fromJson(ImportRows.parseLine(json, text)), accepted, rejected);
        } else {
            readCsv(trimmed, accepted, rejected);
        }
        ingestion.submit(accepted);
        activity.delivered(ImportRows.SOURCE, SourceKind.IMPORT, accepted.size());
        return new ImportReport(accepted.size(), rejected, (int) accepted.stream().map(Observation::seriesKey).distinct().count());
    }

    private void readJsonArray(String body, List<Observation> accepted, List<ImportReport.Rejected> rejected) {
        JsonNode array;
        try {
            array = ImportRows.parseLine(json, body);
        } catch (InvalidObservation ex) {
            throw new InvalidRequest("body", "body is not valid JSON");
        }
        if (!array.isArray()) {
            throw new InvalidRequest("body", "body must be a JSON array or JSON lines");
        }
        checkSize(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode row = array.get(i);
            accept(i + 1, () -> ImportRows.fromJson(row), accepted, rejected);
        }
    }

    private void readCsv(String body, List<Observation> accepted, List<ImportReport.Rejected> rejected) {
        String[] lines = body.split("\r?\n", -1);
        List<String> header = CsvLine.split(lines[0]).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : header) {
            if (!ImportRows.FIELDS.contains(column) || column.equals("topvideos")) {
                throw new InvalidRequest("header", "unknown CSV column '" + column + "'");
            }
        }
        if (!header.containsAll(List.of("type", "name", "timestamp", "views"))) {
            throw new InvalidRequest("header", "CSV header needs at least type, name, timestamp and views");
        }
        String rest = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, lines.length));
        readLines(rest, (line, text) -> {
            List<String> cells = CsvLine.split(text);
            if (cells.size() != header.size()) {
                throw new InvalidObservation("row", "has " + cells.size() + " fields, the header has " + header.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            return ImportRows.fromCsv(row);
        }, accepted, rejected, 1);
    }

    private void readLines(String body, RowReader reader, List<Observation> accepted, List<ImportReport.Rejected> rejected) {
        readLines(body, reader, accepted, rejected, 0);
    }

    private void readLines(String body, RowReader reader, List<Observation> accepted, List<ImportReport.Rejected> rejected,
            int offset) {
        String[] lines = body.split("\r?\n", -1);
        checkSize(lines.length);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (text.isBlank()) {
                continue;
            }
            int line = i + 1 + offset;
            accept(line, () -> reader.read(line, text), accepted, rejected);
        }
    }

    private void accept(int line, java.util.function.Supplier<Observation> row, List<Observation> accepted,
            List<ImportReport.Rejected> rejected) {
        try {
            Observation observation = row.get();
            ingestion.checkTime(observation);
            accepted.add(observation);
        } catch (InvalidObservation ex) {
            rejected.add(new ImportReport.Rejected(line, ex.getMessage()));
        }
    }

    private void checkSize(int rows) {
        if (rows > maxRows) {
            throw new ImportTooLarge(maxRows);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        Observation read(int line, String text);
    }
}
