package io.trendscout.trend.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV body, parsed by Commons CSV (RFC 4180): separators, doubled quotes and line
 * breaks inside quoted fields, CRLF or LF, a leading UTF-8 byte order mark; blank lines are
 * skipped. Each record carries the line it starts on. A record with a malformed quote becomes an
 * error record and reading resumes on the line after the fault, so a stray quote costs its own
 * record, not the import (an unterminated quote runs to the end of the body, which is then reported).
 */
final class CsvRecords {

    private static final char BOM = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One record: its cells, or why it could not be read (then {@code cells} is empty). */
    record Record(int line, List<String> cells, String error) {

        boolean blank() {
            return error == null && cells.size() == 1 && cells.getFirst().isBlank();
        }
    }

    private final String body;
    private final int[] lineStarts;

    private CsvRecords(String body) {
        this.body = body;
        this.lineStarts = lineStarts(body);
    }

    static void read(String body, Consumer<Record> each) {
        String text = !body.isEmpty() && body.charAt(0) == BOM ? body.substring(1) : body;
        // a final line break makes the parser's line count at the end the number of lines
        new CsvRecords(text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? text : text + "\n").read(each);
    }

    private void read(Consumer<Record> each) {
        int offset = 0;
        while (offset < body.length()) {
            offset = readFrom(offset, each);
        }
    }

    /** Reads records from {@code offset} until the end or a fault; answers where to go on. */
    private int readFrom(int offset, Consumer<Record> each) {
        int lineOffset = lineOf(offset) - 1;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body.substring(offset))).setFormat(FORMAT)
                .setCharacterOffset(offset).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            int nextStart = lineOffset + 1;
            while (true) {
                try {
                    if (!records.hasNext()) {
                        return body.length();
                    }
                    CSVRecord record = records.next();
                    // a record's position is where the parser began, before the empty lines it skipped
                    each.accept(new Record(firstNonEmptyLine(lineOf(record.getCharacterPosition())), record.toList(), null));
                    nextStart = lineOffset + (int) parser.getCurrentLineNumber() + 1;
                } catch (UncheckedIOException fault) {
                    int start = firstNonEmptyLine(nextStart);
                    int faultLine = lineOffset + (int) parser.getCurrentLineNumber();
                    int resume = faultLine < lineStarts.length ? lineStarts[faultLine] : body.length();
                    boolean unterminated = String.valueOf(fault.getCause().getMessage()).contains("EOF");
                    each.accept(new Record(start, List.of(), unterminated
                            ? "has an unterminated quoted field: " + lines(start, lineStarts.length) + " not read"
                            : "has a malformed quoted field (a quote inside a quoted field must be doubled): "
                                    + lines(start, faultLine) + " skipped"));
                    return resume;
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex); // a StringReader does not fail
        }
    }

    private static String lines(int first, int last) {
        return last > first ? "lines " + first + "-" + last : "line " + first;
    }

    private int firstNonEmptyLine(int line) {
        int current = line;
        while (current < lineStarts.length && isLineBreak(body.charAt(lineStarts[current - 1]))) {
            current++;
        }
        return current;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** 1-based line of a character position. */
    private int lineOf(long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Offsets where lines start; a line ends with LF, CRLF or a lone CR. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                if (i + 1 < text.length()) {
                    starts.add(i + 1);
                }
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
