package io.trendscout.trend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.trendscout.trend.trends.InvalidObservation;
import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.TrendType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ImportRowsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aJsonRowBecomesANormalizedObservation() {
        Observation o = ImportRows.fromJson(json.readTree("""
                {"type":"Sound","name":"  #Summer Vibes ","region":"de","category":"Music","timestamp":"2026-02-01",
                 "views":1e6,"likes":"200","relatedHashtags":["#Summer"],"topVideos":[{"videoId":"v1","url":"https://t.tk/v1","viewCount":5}]}
                """));
        assertThat(o.type()).isEqualTo(TrendType.SOUND);
        assertThat(o.name()).isEqualTo("summer vibes");
        assertThat(o.region()).isEqualTo("DE");
        assertThat(o.category()).isEqualTo("music");
        assertThat(o.at()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(o.counts().views()).isEqualTo(1_000_000);
        assertThat(o.counts().likes()).isEqualTo(200);
        assertThat(o.details().relatedHashtags()).containsExactly("summer");
        assertThat(o.details().topVideos()).hasSize(1);
    }

    @Test
    void absurdCountersAreRejectedNamingTheField() {
        for (String views : List.of("-1", "1e13", "\"NaN\"", "\"Infinity\"", "1.5", "\"lots\"", "true")) {
            assertThatThrownBy(() -> ImportRows.fromJson(json.readTree(
                    "{\"type\":\"hashtag\",\"name\":\"a\",\"timestamp\":\"2026-02-01T00:00:00Z\",\"views\":" + views + "}")))
                    .as(views).isInstanceOf(InvalidObservation.class).hasMessageStartingWith("views");
        }
        assertThatThrownBy(() -> Observation.counter("likes", Double.NaN)).hasMessageContaining("finite");
    }

    @Test
    void rowsWithUnknownFieldsOrBadTypesAreRejected() {
        assertThatThrownBy(() -> ImportRows.fromJson(json.readTree("{\"type\":\"hashtag\",\"name\":\"a\",\"timestamp\":\"2026-02-01\",\"views\":1,\"x\":1}")))
                .hasMessageStartingWith("x");
        assertThatThrownBy(() -> ImportRows.fromJson(json.readTree("[1]"))).hasMessageStartingWith("row");
        assertThatThrownBy(() -> ImportRows.fromJson(json.readTree("{\"type\":\"hashtag\",\"name\":7,\"timestamp\":\"2026-02-01\",\"views\":1}")))
                .hasMessageStartingWith("name");
        assertThatThrownBy(() -> ImportRows.fromJson(json.readTree("{\"type\":\"hashtag\",\"name\":\"a\",\"region\":\"Europe\",\"timestamp\":\"2026-02-01\",\"views\":1}")))
                .hasMessageStartingWith("region");
        assertThatThrownBy(() -> ImportRows.fromJson(json.readTree("{\"type\":\"hashtag\",\"name\":\"a\",\"timestamp\":\"2026-02-01\",\"views\":1,\"topVideos\":[{\"videoId\":\"v\",\"url\":\"javascript:x\"}]}")))
                .hasMessageStartingWith("topVideos");
    }

    /** Finding 7 of #18: only https URLs, and no markup where plain text is expected. */
    @Test
    void topVideoUrlsMustBeHttpsAndTextMustBePlain() {
        for (String video : List.of("{\"videoId\":\"v\",\"url\":\"http://t.tk/v\"}",
                "{\"videoId\":\"v\",\"url\":\"https://user:pw@t.tk/v\"}",
                "{\"videoId\":\"v\",\"url\":\"https://t.tk/v <script>\"}",
                "{\"videoId\":\"v\",\"url\":\"https://\"}",
                "{\"videoId\":\"v\",\"url\":\"https://t.tk/" + "a".repeat(2048) + "\"}",
                "{\"videoId\":\"<b>v</b>\",\"url\":\"https://t.tk/v\"}",
                "{\"videoId\":\"v\",\"creatorId\":\"<img src=x onerror=alert(1)>\"}")) {
            assertThatThrownBy(() -> ImportRows.fromJson(json.readTree(
                    "{\"type\":\"hashtag\",\"name\":\"a\",\"timestamp\":\"2026-02-01\",\"views\":1,\"topVideos\":[" + video + "]}")))
                    .as(video).isInstanceOf(InvalidObservation.class).hasMessageStartingWith("topVideos");
        }
        assertThatThrownBy(() -> ImportRows.fromCsv(Map.of("type", "product", "name", "LED Mask", "timestamp", "2026-02-01",
                "views", "10", "relatedproducts", "mask|<script>alert(1)</script>")))
                .isInstanceOf(InvalidObservation.class).hasMessageStartingWith("relatedProducts");
        Observation fine = ImportRows.fromJson(json.readTree("""
                {"type":"hashtag","name":"a","timestamp":"2026-02-01","views":1,"relatedProducts":["LED Mask & Co."],
                 "topVideos":[{"videoId":"v1","creatorId":"ann","url":"https://www.tiktok.com/@ann/video/1?lang=de"}]}
                """));
        assertThat(fine.details().topVideos()).singleElement().satisfies(v -> assertThat(v.url()).startsWith("https://www.tiktok.com/"));
        assertThat(fine.details().relatedProducts()).containsExactly("LED Mask & Co.");
    }

    @Test
    void csvRowsAndQuotedFields() {
        assertThat(CsvLine.split("a,\"b,c\",\"d \"\"e\"\"\",")).containsExactly("a", "b,c", "d \"e\"", "");
        assertThatThrownBy(() -> CsvLine.split("a,\"b")).isInstanceOf(InvalidObservation.class);
        Observation o = ImportRows.fromCsv(Map.of("type", "product", "name", "LED Mask", "timestamp", "2026-02-01T10:15:00Z",
                "views", "10", "relatedhashtags", "glow|#skin"));
        assertThat(o.details().relatedHashtags()).containsExactly("glow", "skin");
        assertThat(o.region()).isEqualTo(Observation.GLOBAL);
    }
}
