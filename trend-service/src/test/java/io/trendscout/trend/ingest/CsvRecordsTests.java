package io.trendscout.trend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.trend.trends.InvalidObservation;
import io.trendscout.trend.trends.Observation;
import org.junit.jupiter.api.Test;

class CsvRecordsTests {

    private static final String HEADER = "type,name,timestamp,views,category,relatedhashtags";

    @Test
    void quotedSeparatorsQuotesAndLineBreaksStayInsideTheirField() {
        List<CsvRecords.Record> records = read("a,\"b,c\",\"d \"\"e\"\"\",\n"
                + "x,\"two\nlines\",\"\",last\n");
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2);
        assertThat(records.get(0).cells()).containsExactly("a", "b,c", "d \"e\"", "");
        assertThat(records.get(1).cells()).containsExactly("x", "two\nlines", "", "last");
    }

    @Test
    void eachRecordIsNumberedByTheLineItStartsOnAcrossCrlfBlankLinesAndMultiLineFields() {
        List<CsvRecords.Record> records = read("h1,h2\r\nx,\"multi\r\nline\r\nfield\"\r\n\r\ny,2\r\n\r\nz,3");
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 6, 8);
        assertThat(records.get(1).cells()).containsExactly("x", "multi\r\nline\r\nfield");
        assertThat(records.get(3).cells()).containsExactly("z", "3");
        assertThat(records).allSatisfy(r -> assertThat(r.error()).isNull());
    }

    @Test
    void aLeadingByteOrderMarkIsNotPartOfTheFirstColumn() {
        List<CsvRecords.Record> records = read("\uFEFF" + HEADER + "\nhashtag,a,2026-02-01,1,,\n");
        assertThat(records.getFirst().cells().getFirst()).isEqualTo("type");
        assertThat(ImportRows.csvHeader(records.getFirst())).startsWith("type", "name");
    }

    @Test
    void aStrayQuoteCostsItsOwnRecordAndReadingGoesOnAtTheNextLine() {
        List<CsvRecords.Record> records = read("h1,h2\nok,1\nx,\"ab\"c\nz,3\n");
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3, 4);
        assertThat(records.get(2).cells()).isEmpty();
        assertThat(records.get(2).error()).contains("malformed quoted field").contains("line 3");
        assertThat(records.get(3).cells()).containsExactly("z", "3");
    }

    @Test
    void aStrayQuoteThatOpenedAMultiLineFieldNamesTheLinesItSkipped() {
        List<CsvRecords.Record> records = read("h1,h2\nx,\"ab\nz,\"3\"!\nlast,4");
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 4);
        assertThat(records.get(1).error()).contains("lines 2-3 skipped");
        assertThat(records.get(2).cells()).containsExactly("last", "4");
    }

    @Test
    void anUnterminatedQuoteIsReportedWithTheLinesItSwallowed() {
        for (String body : List.of("h1,h2\nok,1\nx,\"unterminated,1\nz,3\n", "h1,h2\nok,1\nx,\"unterminated,1\nz,3")) {
            List<CsvRecords.Record> records = read(body);
            assertThat(records).as(body).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3);
            assertThat(records.get(2).error()).as(body).contains("unterminated").contains("lines 3-4 not read");
        }
    }

    @Test
    void blankLinesAreSkippedAndAnEmptyBodyHasNoRecords() {
        assertThat(read("")).isEmpty();
        List<CsvRecords.Record> records = read("\n\nh1\n   \n");
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(3, 4);
        assertThat(records.get(1).blank()).isTrue();
    }

    @Test
    void recordsBecomeObservationsUnderTheirHeaderOrRowErrors() {
        List<CsvRecords.Record> records = read("\uFEFFType,Name,Timestamp,Views,Category,RelatedHashtags,RelatedProducts\r\n"
                + "hashtag,\"#Glow & Skin\",2026-02-01T10:00:00Z,1000,\"Home & Garden\",\"a|b\",\"Mask, large|Serum\"\r\n"
                + "product,\"LED\nMask\",2026-02-01,5,,,\r\n"
                + "hashtag,glow,2026-02-01,7\r\n"
                + "hashtag,\"glow\"x,2026-02-01,7,,,\r\n"
                + "hashtag,glow,2026-02-01,lots,,,\r\n");
        List<String> header = ImportRows.csvHeader(records.getFirst());
        Map<Integer, String> errors = new TreeMap<>();
        List<Observation> observations = new ArrayList<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            try {
                observations.add(ImportRows.fromCsv(header, record));
            } catch (InvalidObservation ex) {
                errors.put(record.line(), ex.getMessage());
            }
        }
        assertThat(observations).hasSize(1);
        Observation first = observations.getFirst();
        assertThat(first.name()).isEqualTo("glow & skin");
        assertThat(first.category()).isEqualTo("home & garden");
        assertThat(first.details().relatedHashtags()).containsExactly("a", "b");
        assertThat(first.details().relatedProducts()).containsExactly("Mask, large", "Serum");
        assertThat(errors.keySet()).containsExactly(3, 5, 6, 7);
        assertThat(errors.get(3)).startsWith("name"); // a line break is not allowed in a name
        assertThat(errors.get(5)).contains("has 4 fields, the header has 7");
        assertThat(errors.get(6)).startsWith("row").contains("malformed quoted field");
        assertThat(errors.get(7)).startsWith("views");
    }

    @Test
    void aBadHeaderFailsTheWholeImport() {
        for (String body : List.of("type,name,when\nhashtag,x,1", "type,name,timestamp\n", "type,name,timestamp,views,name\n",
                "type,\"name,timestamp,views\n", "type,name,timestamp,views,topvideos\n")) {
            CsvRecords.Record header = read(body).getFirst();
            assertThatThrownBy(() -> ImportRows.csvHeader(header)).as(body).isInstanceOf(InvalidRequest.class);
        }
        assertThat(ImportRows.csvHeader(read(HEADER).getFirst())).hasSize(6);
    }

    private static List<CsvRecords.Record> read(String body) {
        List<CsvRecords.Record> records = new ArrayList<>();
        CsvRecords.read(body, records::add);
        return records;
    }
}
