package io.trendscout.analytics.reports;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.analytics.reports.Responses.Dashboard;
import io.trendscout.analytics.reports.Responses.Interactions;
import io.trendscout.analytics.reports.Responses.Kpi;
import io.trendscout.analytics.reports.Responses.Kpis;
import io.trendscout.analytics.reports.Responses.ProductReport;
import io.trendscout.analytics.reports.Responses.TiktokPoint;
import io.trendscout.analytics.reports.Responses.TiktokReport;
import io.trendscout.analytics.reports.Responses.TrendReport;
import io.trendscout.analytics.reports.Responses.UserReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the reports of the analytics API from the aggregate queries. */
@Service
@Transactional(readOnly = true)
class Reports {

    static final int TOP = 5;

    private final InteractionQueries interactions;
    private final TrendQueries trends;
    private final TiktokQueries tiktok;

    Reports(InteractionQueries interactions, TrendQueries trends, TiktokQueries tiktok) {
        this.interactions = interactions;
        this.trends = trends;
        this.tiktok = tiktok;
    }

    UserReport user(UUID user, Period p) {
        return new UserReport(p.from(), p.to(), p.granularity().field(), p.zoneName(),
                interactions.totals(user, p.start(), p.end()), interactions.series(user, p));
    }

    ProductReport products(UUID userOrNullForPlatform, Period p, int limit) {
        return new ProductReport(p.from(), p.to(), p.granularity().field(), p.zoneName(),
                userOrNullForPlatform == null ? "platform" : "mine",
                interactions.products(userOrNullForPlatform, p, limit, true));
    }

    TrendReport trends(Period p, int limit) {
        return new TrendReport(p.from(), p.to(), p.granularity().field(), p.zoneName(), trends.top(p, limit, true));
    }

    TiktokReport tiktok(UUID user, Period p) {
        List<TiktokPoint> series = tiktok.series(user, p);
        Long growth = series.isEmpty() ? null : series.getLast().followers() - series.getFirst().followers();
        return new TiktokReport(p.from(), p.to(), p.granularity().field(), p.zoneName(), growth, series);
    }

    Dashboard dashboard(UUID user, Period p) {
        Period before = p.previous();
        Interactions now = interactions.totals(user, p.start(), p.end());
        Interactions then = interactions.totals(user, before.start(), before.end());
        Optional<TiktokPoint> stats = tiktok.asOf(user, p.end());
        Optional<TiktokPoint> statsBefore = tiktok.asOf(user, before.end());
        Kpis kpis = new Kpis(count(now.views(), then.views()), count(now.saves(), then.saves()),
                count(now.collectionAdds(), then.collectionAdds()),
                gauge(stats.map(s -> (double) s.followers()), statsBefore.map(s -> (double) s.followers()), true),
                gauge(stats.map(TiktokPoint::engagementRate), statsBefore.map(TiktokPoint::engagementRate), false));
        return new Dashboard(p.from(), p.to(), p.granularity().field(), p.zoneName(), before.from(), before.to(), kpis,
                interactions.products(user, p, TOP, false), trends.top(p, TOP, false), tiktok.series(user, p),
                tiktok.syncHealth(user, p));
    }

    static Kpi count(long current, long previous) {
        return new Kpi(current, previous, current - previous, percent(current, previous));
    }

    static Kpi gauge(Optional<Double> current, Optional<Double> previous, boolean whole) {
        Number cur = current.map(v -> whole ? (Number) v.longValue() : v).orElse(null);
        Number prev = previous.map(v -> whole ? (Number) v.longValue() : v).orElse(null);
        if (current.isEmpty() || previous.isEmpty()) {
            return new Kpi(cur, prev, null, null);
        }
        double change = current.get() - previous.get();
        return new Kpi(cur, prev, whole ? (Number) Math.round(change) : round(change), percent(current.get(), previous.get()));
    }

    static Double percent(double current, double previous) {
        return previous == 0 ? null : round((current - previous) * 100 / previous);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
