package io.trendscout.analytics.reports;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.trendscout.analytics.reports.Responses.Dashboard;
import io.trendscout.analytics.reports.Responses.Kpi;
import io.trendscout.analytics.reports.Responses.ProductReport;
import io.trendscout.analytics.reports.Responses.TiktokReport;
import io.trendscout.analytics.reports.Responses.TrendReport;
import io.trendscout.analytics.reports.Responses.UserReport;

/** RFC 4180 CSV of each report, one row per product/trend and period; cells that a spreadsheet would run are defused. */
final class Csv {

    private Csv() {
    }

    static String of(UserReport r) {
        return table("period,views,saves,unsaves,collectionAdds", r.series().stream()
                .map(p -> row(p.period(), p.views(), p.saves(), p.unsaves(), p.collectionAdds())));
    }

    static String of(ProductReport r) {
        return table("productId,period,views,saves,unsaves,collectionAdds", r.products().stream()
                .flatMap(s -> s.series().stream().map(p -> row(s.productId(), p.period(), p.views(), p.saves(),
                        p.unsaves(), p.collectionAdds()))));
    }

    static String of(TrendReport r) {
        return table("trendId,name,category,period,detections,maxScore,lastScore", r.trends().stream()
                .flatMap(t -> t.series().stream().map(p -> row(t.trendId(), t.name(), t.category(), p.period(),
                        p.detections(), p.maxScore(), p.lastScore()))));
    }

    static String of(TiktokReport r) {
        return table("period,fetchedAt,followers,likes,videoCount,engagementRate,averageViews", r.series().stream()
                .map(p -> row(p.period(), p.fetchedAt(), p.followers(), p.likes(), p.videoCount(), p.engagementRate(),
                        p.averageViews())));
    }

    static String of(Dashboard d) {
        Stream<String> kpis = Stream.of(kpi("views", d.kpis().views()), kpi("saves", d.kpis().saves()),
                kpi("collectionAdds", d.kpis().collectionAdds()), kpi("tiktokFollowers", d.kpis().tiktokFollowers()),
                kpi("tiktokEngagementRate", d.kpis().tiktokEngagementRate()));
        Stream<String> products = d.topProducts().stream()
                .map(p -> row("topProduct", p.productId(), p.views(), p.saves(), null, null));
        Stream<String> trends = d.topTrends().stream()
                .map(t -> row("topTrend", t.name(), t.maxScore(), t.detections(), null, null));
        Stream<String> sync = d.syncHealth().stream()
                .map(s -> row("syncHealth", s.channel(), s.upserts(), s.deletions(), null, null));
        return table("widget,key,value,previous,change,changePercent",
                Stream.of(kpis, products, trends, sync).flatMap(s -> s));
    }

    private static String kpi(String name, Kpi kpi) {
        return row("kpi", name, kpi.current(), kpi.previous(), kpi.change(), kpi.changePercent());
    }

    private static String table(String header, Stream<String> rows) {
        return Stream.concat(Stream.of(header), rows).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static String row(Object... cells) {
        return Stream.of(cells).map(Csv::cell).collect(Collectors.joining(","));
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
