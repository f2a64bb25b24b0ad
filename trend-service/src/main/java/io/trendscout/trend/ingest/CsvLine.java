package io.trendscout.trend.ingest;

import java.util.ArrayList;
import java.util.List;

import io.trendscout.trend.trends.InvalidObservation;

/** RFC 4180 fields of one CSV line (quoted fields with doubled quotes; no line breaks inside fields). */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidObservation("row", "has an unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }
}
