package io.trendscout.trend.ingest;

import java.util.ArrayList;
import java.util.List;

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
 * are reported with their line number (for CSV the line a record starts on; records are read by
 * {@link CsvRecords}). A leading byte order mark is ignored. Only a body that cannot be read at all
 * (no or a bad CSV header, too many rows) fails the whole import.
 */
@Service
class TrendImport {

    enum Format {
        JSON_LINES, CSV
    }

    private static final String BYTE_ORDER_MARK = "\uFEFF";

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
        String text = body.startsWith(BYTE_ORDER_MARK) ? body.substring(1) : body;
        if (format == Format.CSV) {
            readCsv(text, accepted, rejected);
        } else if (text.strip().startsWith("[")) {
            readJsonArray(text.strip(), accepted, rejected);
        } else {
            readLines(text.strip(), (line, row) -> ImportRows.fromJson(ImportRows.parseLine(json, row)), accepted, rejected);
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
        List<String> header = new ArrayList<>();
        List<CsvRecords.Record> rows = new ArrayList<>();
        CsvRecords.read(body, record -> {
            if (record.blank()) {
                return;
            }
            if (header.isEmpty()) {
                header.addAll(ImportRows.csvHeader(record));
                return;
            }
            rows.add(record);
            checkSize(rows.size());
        });
        if (header.isEmpty()) {
            throw new InvalidRequest("header", "CSV body is empty; it needs a header with at least type, name, timestamp and views");
        }
        for (CsvRecords.Record record : rows) {
            accept(record.line(), () -> ImportRows.fromCsv(header, record), accepted, rejected);
        }
    }

    private void readLines(String body, RowReader reader, List<Observation> accepted, List<ImportReport.Rejected> rejected) {
        String[] lines = body.split("\r?\n", -1);
        checkSize(lines.length);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (text.isBlank()) {
                continue;
            }
            int line = i + 1;
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
