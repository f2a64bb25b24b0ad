package io.trendscout.sandbox.fastmoss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The product endpoints of the FastMoss OPEN API over the simulated market, following the pages
 * under developers.fastmoss.com ({@code docs/product/v1/topSales}, {@code search},
 * {@code salesTrend}). Each answers the {@code data} object, or throws {@link FastmossError}.
 */
final class MarketEndpoints {

    /** {@code page * pagesize <= 500}, {@code pagesize} 1..100: documented for the live ranking, assumed for all (UNCONFIRMED). */
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_DEPTH = 500;
    /** salesTrend: "Last N days: 1 <= days <= 28". */
    static final int MAX_TREND_DAYS = 28;

    private static final Set<String> TOP_SALES_ORDER = Set.of("units_sold", "gmv", "total_units_sold", "total_gmv",
            "growth_rate");
    private static final Set<String> SEARCH_ORDER = Set.of("day7_units_sold", "day7_gmv", "commission_rate",
            "total_units_sold", "total_gmv", "creator_count");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-(\\d{1,2})");

    private final FastmossMarket market;

    MarketEndpoints(FastmossMarket market) {
        this.market = market;
    }

    /** A reporting period and the period before it. */
    private record Period(Instant start, Instant end, Instant previousStart) {
    }

    /** One product's numbers in a ranking. */
    private record Ranked(MarketProduct product, Map<String, Object> item, double sortValue) {
    }

    // ----- POST /product/v1/rank/topSales

    Map<String, Object> topSales(JsonNode body, Instant now) {
        JsonNode filter = object(body, "filter");
        String region = region(filter);
        Integer categoryId = optionalInt(filter, "category_id");
        if (categoryId != null && MarketCategory.byId(categoryId) == null) {
            throw FastmossError.badParameter("category_id " + categoryId + " does not exist");
        }
        Period period = period(filter.path("date_info"), now);
        Order order = order(body, TOP_SALES_ORDER, "units_sold");
        int page = page(body);
        int pageSize = pageSize(body);
        Instant cutoff = min(now, period.end());
        Duration elapsed = Duration.between(period.start(), cutoff);
        Instant previousCutoff = min(period.start(), period.previousStart().plus(elapsed));
        List<Ranked> ranked = new ArrayList<>();
        for (MarketProduct p : market.products()) {
            if ((region != null && !p.region().equals(region)) || (categoryId != null && p.category().id() != categoryId)) {
                continue;
            }
            long units = market.unitsBetween(p, period.start(), cutoff);
            long previous = market.unitsBetween(p, period.previousStart(), previousCutoff);
            long totalUnits = market.unitsBetween(p, FastmossMarket.start(market.firstDay()), now);
            double growth = previous == 0 ? (units == 0 ? 0 : 100.0 * units) : 100.0 * (units - previous) / previous;
            Map<String, Object> item = common(p);
            item.put("units_sold", units);
            item.put("gmv", market.gmv(p, units).doubleValue());
            item.put("total_units_sold", totalUnits);
            item.put("total_gmv", market.gmv(p, totalUnits).doubleValue());
            // the growth fields' names and format are not in the stored page (UNCONFIRMED): percent, two decimals
            item.put("growth_rate", round2(growth));
            item.put("previous_units_sold", previous);
            double sortValue = switch (order.field()) {
                case "units_sold" -> units;
                case "gmv" -> market.gmv(p, units).doubleValue();
                case "total_units_sold" -> totalUnits;
                case "total_gmv" -> market.gmv(p, totalUnits).doubleValue();
                default -> growth;
            };
            ranked.add(new Ranked(p, item, sortValue));
        }
        return page(ranked, order, page, pageSize);
    }

    // ----- POST /product/v1/search

    Map<String, Object> search(JsonNode body, Instant now) {
        JsonNode filter = object(body, "filter");
        String keywords = optionalString(body, "keywords");
        String region = region(filter);
        Integer l1 = optionalInt(filter, "l1_category_id");
        Integer l2 = optionalInt(filter, "l2_category_id");
        Integer l3 = optionalInt(filter, "l3_category_id");
        Range commission = range(filter, "commission_rate_range");
        Range creators = range(filter, "creator_count_range");
        Range unitsRange = range(filter, "units_sold_range");
        Order order = order(body, SEARCH_ORDER, "day7_units_sold");
        int page = page(body);
        int pageSize = pageSize(body);
        List<String> words = keywords == null ? List.of()
                : List.of(keywords.toLowerCase(Locale.ROOT).trim().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        // the market's categories are all level 1: a level 2 or 3 filter matches nothing
        Predicate<MarketProduct> matches = p -> (region == null || p.region().equals(region))
                && (l1 == null || p.category().id() == l1) && l2 == null && l3 == null
                && words.stream().allMatch(w -> p.title().toLowerCase(Locale.ROOT).contains(w))
                && commission.contains(p.commissionRate());
        // day7: the seven complete days before today (UNCONFIRMED whether today counts)
        Instant today = FastmossMarket.start(FastmossMarket.day(now));
        Instant weekAgo = today.minus(Duration.ofDays(7));
        List<Ranked> ranked = new ArrayList<>();
        for (MarketProduct p : market.products()) {
            if (!matches.test(p)) {
                continue;
            }
            long day7 = market.unitsBetween(p, weekAgo, today);
            int creatorCount = market.creatorCount(p, now);
            if (!creators.contains(creatorCount) || !unitsRange.contains(day7)) {
                continue;
            }
            long totalUnits = market.unitsBetween(p, FastmossMarket.start(market.firstDay()), now);
            Map<String, Object> item = common(p);
            item.put("l1_category_id", p.category().id());
            item.put("day7_units_sold", day7);
            item.put("day7_gmv", market.gmv(p, day7).doubleValue());
            item.put("total_units_sold", totalUnits);
            item.put("total_gmv", market.gmv(p, totalUnits).doubleValue());
            item.put("creator_count", creatorCount);
            double sortValue = switch (order.field()) {
                case "day7_units_sold" -> day7;
                case "day7_gmv" -> market.gmv(p, day7).doubleValue();
                case "commission_rate" -> p.commissionRate();
                case "total_units_sold" -> totalUnits;
                case "total_gmv" -> market.gmv(p, totalUnits).doubleValue();
                default -> creatorCount;
            };
            ranked.add(new Ranked(p, item, sortValue));
        }
        return page(ranked, order, page, pageSize);
    }

    // ----- POST /product/v1/salesTrend

    Map<String, Object> salesTrend(JsonNode body, Instant now, boolean includeToday) {
        JsonNode filter = object(body, "filter");
        String productId = optionalString(filter, "product_id");
        Integer days = optionalInt(filter, "days");
        if (productId == null || productId.isBlank()) {
            throw FastmossError.badParameter("filter.product_id is required");
        }
        if (days == null || days < 1 || days > MAX_TREND_DAYS) {
            throw FastmossError.badParameter("filter.days must be between 1 and " + MAX_TREND_DAYS);
        }
        MarketProduct p = market.product(productId.trim());
        if (p == null) {
            throw new FastmossError(FastmossError.NOT_FOUND, "product " + productId + " not found");
        }
        // "last N days": here ending with today, which holds what sold so far (UNCONFIRMED; switchable)
        LocalDate last = FastmossMarket.day(now).minusDays(includeToday ? 0 : 1);
        List<Map<String, Object>> list = new ArrayList<>();
        long units = 0;
        BigDecimal gmv = BigDecimal.ZERO;
        for (LocalDate d = last.minusDays(days - 1L); !d.isAfter(last); d = d.plusDays(1)) {
            if (d.isBefore(market.firstDay())) {
                continue;
            }
            long sold = market.unitsSold(p, d, now);
            BigDecimal revenue = market.gmv(p, sold);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("dt", d.toString());
            entry.put("units_sold", sold);
            entry.put("gmv", revenue.doubleValue());
            list.add(entry);
            units += sold;
            gmv = gmv.add(revenue);
        }
        int creators = market.creatorCount(p, now);
        Map<String, Object> overview = new LinkedHashMap<>();
        overview.put("units_sold", units);
        overview.put("gmv", gmv.doubleValue());
        overview.put("live_count", Math.max(0, creators / 3));
        overview.put("creator_count", creators);
        overview.put("aweme_count", creators * 2 + 1);
        overview.put("currency", p.currency());
        overview.put("region", p.region());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("list", list);
        data.put("overview", overview);
        return data;
    }

    // ----- shared pieces

    private static Map<String, Object> common(MarketProduct p) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("product_id", p.productId());
        item.put("title", p.title());
        item.put("region", p.region());
        item.put("cover", p.cover());
        // "category: object" on the page; its inner shape is not shown (UNCONFIRMED)
        item.put("category", Map.of("id", p.category().id(), "name", p.category().name(), "level", 1));
        item.put("commission_rate", p.commissionRate());
        item.put("price", p.price().toPlainString());
        item.put("currency", p.currency());
        item.put("shop", Map.of("seller_id", p.sellerId(), "name", p.shopName()));
        return item;
    }

    private static Map<String, Object> page(List<Ranked> ranked, Order order, int page, int pageSize) {
        Comparator<Ranked> byValue = Comparator.comparingDouble(Ranked::sortValue);
        ranked.sort((order.descending() ? byValue.reversed() : byValue)
                .thenComparing(r -> r.product().productId()));
        int from = Math.min(ranked.size(), (page - 1) * pageSize);
        int to = Math.min(ranked.size(), from + pageSize);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("total", ranked.size());
        data.put("list", ranked.subList(from, to).stream().map(Ranked::item).toList());
        return data;
    }

    private record Order(String field, boolean descending) {
    }

    /** {@code orderby}: an array of {field, order} (the examples) or one such object (the tables). */
    private static Order order(JsonNode body, Set<String> allowed, String fallback) {
        JsonNode orderby = body.path("orderby");
        if (orderby.isMissingNode() || orderby.isNull() || (orderby.isArray() && orderby.isEmpty())) {
            return new Order(fallback, true);
        }
        JsonNode first = orderby.isArray() ? orderby.get(0) : orderby;
        if (!first.isObject() || !first.path("field").isString()) {
            throw FastmossError.badParameter("orderby must be [{\"field\": ..., \"order\": \"desc\"}]");
        }
        String field = first.path("field").stringValue();
        if (!allowed.contains(field)) {
            throw FastmossError.badParameter("orderby field " + field + " is not supported");
        }
        String direction = first.path("order").isString() ? first.path("order").stringValue().toLowerCase(Locale.ROOT) : "desc";
        if (!direction.equals("desc") && !direction.equals("asc")) {
            throw FastmossError.badParameter("orderby order must be desc or asc");
        }
        return new Order(field, direction.equals("desc"));
    }

    private static int page(JsonNode body) {
        Integer page = optionalInt(body, "page");
        if (page != null && page < 1) {
            throw FastmossError.badParameter("page must be at least 1");
        }
        return page == null ? 1 : page;
    }

    private static int pageSize(JsonNode body) {
        Integer size = optionalInt(body, "pagesize");
        int pageSize = size == null ? 10 : size;
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw FastmossError.badParameter("pagesize must be between 1 and " + MAX_PAGE_SIZE);
        }
        int page = page(body);
        if ((long) page * pageSize > MAX_DEPTH) {
            throw FastmossError.badParameter("page * pagesize must not exceed " + MAX_DEPTH);
        }
        return pageSize;
    }

    private static String region(JsonNode filter) {
        String region = optionalString(filter, "region");
        if (region == null) {
            return null;
        }
        if (!FastmossMarket.DOCUMENTED_REGIONS.contains(region)) {
            throw FastmossError.badParameter("region " + region + " is not supported");
        }
        return region;
    }

    /** {@code date_info}: day {@code 2026-02-01}, week {@code 2026-18} (ISO week), month {@code 2026-02}; default: today. */
    private Period period(JsonNode dateInfo, Instant now) {
        if (dateInfo.isMissingNode() || dateInfo.isNull()) {
            LocalDate today = FastmossMarket.day(now);
            return new Period(FastmossMarket.start(today), FastmossMarket.start(today.plusDays(1)),
                    FastmossMarket.start(today.minusDays(1)));
        }
        if (!dateInfo.isObject() || !dateInfo.path("type").isString() || !dateInfo.path("value").isString()) {
            throw FastmossError.badParameter("date_info must be {\"type\": day|week|month, \"value\": ...}");
        }
        String type = dateInfo.path("type").stringValue();
        String value = dateInfo.path("value").stringValue();
        Period period;
        try {
            period = switch (type) {
                case "day" -> {
                    LocalDate day = LocalDate.parse(value);
                    yield new Period(FastmossMarket.start(day), FastmossMarket.start(day.plusDays(1)),
                            FastmossMarket.start(day.minusDays(1)));
                }
                case "week" -> {
                    Matcher m = WEEK.matcher(value);
                    if (!m.matches()) {
                        throw FastmossError.badParameter("date_info week value must be YYYY-WW");
                    }
                    int year = Integer.parseInt(m.group(1));
                    int week = Integer.parseInt(m.group(2));
                    LocalDate probe = LocalDate.of(year, 6, 1);
                    if (week < 1 || week > probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                        throw FastmossError.badParameter("date_info week " + value + " does not exist");
                    }
                    LocalDate monday = probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                    yield new Period(FastmossMarket.start(monday), FastmossMarket.start(monday.plusDays(7)),
                            FastmossMarket.start(monday.minusDays(7)));
                }
                case "month" -> {
                    YearMonth month = YearMonth.parse(value);
                    yield new Period(FastmossMarket.start(month.atDay(1)), FastmossMarket.start(month.plusMonths(1).atDay(1)),
                            FastmossMarket.start(month.minusMonths(1).atDay(1)));
                }
                default -> throw FastmossError.badParameter("date_info type must be day, week or month");
            };
        } catch (DateTimeParseException ex) {
            throw FastmossError.badParameter("date_info value " + value + " is not a valid " + type);
        }
        if (period.start().isAfter(now)) {
            throw FastmossError.badParameter("date_info " + value + " is in the future");
        }
        if (!period.end().isAfter(FastmossMarket.start(market.firstDay()))) {
            throw FastmossError.badParameter("date_info " + value + " is older than the data kept");
        }
        return period;
    }

    private record Range(long min, long max) {
        static final Range ANY = new Range(Long.MIN_VALUE, Long.MAX_VALUE);

        boolean contains(long value) {
            return value >= min && value <= max;
        }
    }

    private static Range range(JsonNode filter, String field) {
        JsonNode node = filter.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Range.ANY;
        }
        if (!node.isObject()) {
            throw FastmossError.badParameter(field + " must be {\"min\": ..., \"max\": ...}");
        }
        Integer min = optionalInt(node, "min");
        Integer max = optionalInt(node, "max");
        return new Range(min == null ? Long.MIN_VALUE : min, max == null ? Long.MAX_VALUE : max);
    }

    private static JsonNode object(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return tools.jackson.databind.node.MissingNode.getInstance();
        }
        if (!node.isObject()) {
            throw FastmossError.badParameter(field + " must be an object");
        }
        return node;
    }

    private static String optionalString(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw FastmossError.badParameter(field + " must be a string");
        }
        return value.stringValue().isBlank() ? null : value.stringValue();
    }

    /** Integers, also as digit strings (the older pages send {@code "date_type": "25"}). */
    private static Integer optionalInt(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isString() && value.stringValue().matches("-?\\d{1,9}")) {
            return Integer.parseInt(value.stringValue());
        }
        throw FastmossError.badParameter(field + " must be an integer");
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
