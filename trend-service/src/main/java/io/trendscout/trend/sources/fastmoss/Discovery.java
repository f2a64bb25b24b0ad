package io.trendscout.trend.sources.fastmoss;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trendscout.trend.sources.PollContext;
import io.trendscout.trend.sources.SourceFailure;
import tools.jackson.databind.JsonNode;

/**
 * Finds the products worth following this cycle: per configured region (and category, if any) the
 * sales rankings of the ranked day and its ISO week, ordered by growth rate and by units sold, plus
 * product searches ordered by 7-day units; merged rank by rank (every list's #1, then every #2, ...)
 * so the top of each list is kept when {@code max-products} cuts.
 */
final class Discovery {

    private final FastmossProperties properties;

    Discovery(FastmossProperties properties) {
        this.properties = properties;
    }

    List<DiscoveredProduct> discover(BudgetedCalls calls, PollContext context, LocalDate day) {
        List<List<DiscoveredProduct>> lists = new ArrayList<>();
        List<Integer> categories = properties.categories().isEmpty() ? Arrays.asList((Integer) null) : properties.categories();
        for (String region : properties.regions()) {
            for (Integer category : categories) {
                for (Map<String, Object> dateInfo : List.of(Map.<String, Object>of("type", "day", "value", day.toString()),
                        Map.<String, Object>of("type", "week", "value", week(day)))) {
                    for (String order : List.of("growth_rate", "units_sold")) {
                        Map<String, Object> filter = new LinkedHashMap<>();
                        filter.put("region", region);
                        if (category != null) {
                            filter.put("category_id", category);
                        }
                        filter.put("date_info", dateInfo);
                        lists.add(pages(calls, context, "topSales " + region + " " + dateInfo.get("type") + " by " + order,
                                properties.paths().topSales(), filter, null, order, region));
                    }
                }
                for (String keywords : properties.keywords().isEmpty() ? Arrays.asList((String) null) : properties.keywords()) {
                    Map<String, Object> filter = new LinkedHashMap<>();
                    filter.put("region", region);
                    if (category != null) {
                        filter.put("l1_category_id", category);
                    }
                    lists.add(pages(calls, context, "search " + region + (keywords == null ? "" : " '" + keywords + "'"),
                            properties.paths().search(), filter, keywords, "day7_units_sold", region));
                }
            }
        }
        return merge(lists);
    }

    private List<DiscoveredProduct> pages(BudgetedCalls calls, PollContext context, String what, String path,
            Map<String, Object> filter, String keywords, String order, String region) {
        List<DiscoveredProduct> found = new ArrayList<>();
        for (int page = 1; page <= properties.rankingPages(); page++) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (keywords != null) {
                body.put("keywords", keywords);
            }
            body.put("filter", filter);
            body.put("orderby", List.of(Map.of("field", order, "order", "desc")));
            body.put("page", page);
            body.put("pagesize", properties.pageSize());
            Optional<JsonNode> data = calls.call(what + " page " + page, path, body);
            if (data.isEmpty()) {
                return found;
            }
            JsonNode list = data.get().path("list");
            if (!list.isArray()) {
                throw new SourceFailure("FastMoss " + what + " answered a malformed page (data.list is not a list)");
            }
            for (JsonNode item : list) {
                DiscoveredProduct.from(item, region).ifPresentOrElse(found::add,
                        () -> context.skipped("FastMoss " + what + ": list item without product_id or title"));
            }
            if (list.size() < properties.pageSize()) {
                break;
            }
        }
        return found;
    }

    private List<DiscoveredProduct> merge(List<List<DiscoveredProduct>> lists) {
        Map<String, DiscoveredProduct> merged = new LinkedHashMap<>();
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int rank = 0; rank < longest && merged.size() < properties.maxProducts(); rank++) {
            for (List<DiscoveredProduct> list : lists) {
                if (rank < list.size() && merged.size() < properties.maxProducts()) {
                    merged.putIfAbsent(list.get(rank).productId(), list.get(rank));
                }
            }
        }
        return List.copyOf(merged.values());
    }

    /** FastMoss's week value: ISO week-based year and week, {@code 2026-05}. */
    static String week(LocalDate day) {
        return "%d-%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
