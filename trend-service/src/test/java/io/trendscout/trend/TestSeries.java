package io.trendscout.trend;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Hourly cumulative series for integration tests: ten quiet days, then a burst over the last 36 hours. */
public final class TestSeries {

    private TestSeries() {
    }

    public record Row(Instant at, long views, long creators) {
    }

    public static List<Row> burst(Instant end) {
        Instant last = end.truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
        List<Row> rows = new ArrayList<>();
        double views = 500_000;
        double creators = 40;
        int hours = 10 * 24;
        for (int h = 0; h <= hours; h++) {
            int toEnd = hours - h;
            double rate = 1_000 * (1 + 0.1 * Math.sin(h * 1.7));
            if (toEnd < 36) {
                rate *= 2 + (36 - toEnd) / 2.0;
                creators += 3;
            }
            views += h == 0 ? 0 : rate;
            creators += 0.1;
            rows.add(new Row(last.minus(toEnd, ChronoUnit.HOURS), Math.round(views), Math.round(creators)));
        }
        return rows;
    }

    public static String jsonLine(String name, String category, Row row) {
        return """
                {"type":"hashtag","name":"%s","category":"%s","region":"DE","timestamp":"%s","views":%d,"likes":%d,"shares":%d,"comments":%d,"videos":%d,"creators":%d,"relatedHashtags":["%s"]}"""
                .formatted(name, category, row.at(), row.views(), row.views() / 10, row.views() / 100, row.views() / 200,
                        row.creators() * 2, row.creators(), name + "challenge");
    }
}
