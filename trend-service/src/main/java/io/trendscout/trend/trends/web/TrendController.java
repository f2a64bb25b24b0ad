package io.trendscout.trend.trends.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.platform.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API of trends; every read needs a valid token (any role). */
@RestController
@RequestMapping("/api/trends")
class TrendController {

    private final TrendReads reads;

    TrendController(TrendReads reads) {
        this.reads = reads;
    }

    @GetMapping
    TrendPage list(@RequestParam(required = false) String type, @RequestParam(required = false) String category,
            @RequestParam(required = false) String region, @RequestParam(required = false) String period,
            @RequestParam(required = false) String direction, @RequestParam(required = false) String minScore,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String name) {
        return reads.list(TrendQuery.parse(type, category, region, period, direction, minScore, sort, page, size, stage,
                name));
    }

    @GetMapping("/categories/{category}")
    TrendPage byCategory(@PathVariable String category, @RequestParam(required = false) String type,
            @RequestParam(required = false) String region, @RequestParam(required = false) String period,
            @RequestParam(required = false) String direction, @RequestParam(required = false) String minScore,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        return reads.list(TrendQuery.parse(type, category, region, period, direction, minScore, sort, page, size));
    }

    @GetMapping("/analytics")
    TrendAnalytics analytics(@RequestParam(required = false) String period) {
        return reads.analytics(period == null ? 7 : TrendQuery.period(period));
    }

    @GetMapping("/{id}")
    TrendResponse one(@PathVariable UUID id, @RequestParam(required = false) String days,
            @RequestParam(required = false) String resolution, @RequestParam(required = false) String source) {
        int window = days == null ? 30 : TrendQuery.integer("days", days, 1, 90);
        String step = resolution == null ? "day" : resolution.trim().toLowerCase(Locale.ROOT);
        if (!List.of("day", "hour").contains(step)) {
            throw new InvalidRequest("resolution", "resolution must be day or hour");
        }
        if (source != null && !source.matches("[a-z0-9-]{1,32}")) {
            throw new InvalidRequest("source", "source must be a source name such as creator-panel or fastmoss");
        }
        TrendResponse trend = reads.find(id).orElseThrow(() -> new NotFound("No trend " + id));
        if (source != null && trend.sources().stream().noneMatch(s -> s.source().equals(source))) {
            throw new NotFound("Trend " + id + " has no data from source " + source);
        }
        var timeline = reads.timeline(id, source, window, step.equals("hour"));
        return trend.withDetail(reads.history(id), timeline.map(TrendReads.Timeline::measure).orElse(null),
                timeline.map(TrendReads.Timeline::points).orElse(List.of()));
    }
}
