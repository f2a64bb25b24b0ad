package io.trendscout.analytics.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void quotesAndDefusesCells() {
        assertThat(Csv.row("a,b", "say \"hi\"", 3, null, "=SUM(A1)", "-1", 2.5)).isEqualTo(
                "\"a,b\",\"say \"\"hi\"\"\",3,,'=SUM(A1),'-1,2.5");
    }

    @Test
    void csvOnlyWhenPreferredOverJson() {
        assertThat(AnalyticsController.wantsCsv("text/csv")).isTrue();
        assertThat(AnalyticsController.wantsCsv("application/json;q=0.5, text/csv")).isTrue();
        assertThat(AnalyticsController.wantsCsv("application/json, text/csv")).isFalse();
        assertThat(AnalyticsController.wantsCsv("*/*")).isFalse();
        assertThat(AnalyticsController.wantsCsv(null)).isFalse();
        assertThat(AnalyticsController.wantsCsv("not a type;;")).isFalse();
    }
}
