package io.trendscout.trend.sources.fastmoss;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trendscout.trend.sources.PollContext;
import io.trendscout.trend.sources.PollOutcome;
import io.trendscout.trend.sources.SourceFailure;
import io.trendscout.trend.sources.SourceKind;
import io.trendscout.trend.sources.TrendSource;
import io.trendscout.trend.trends.InvalidObservation;
import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.Observation.Bucket;
import io.trendscout.trend.trends.Observation.Counts;
import io.trendscout.trend.trends.Observation.Details;
import io.trendscout.trend.trends.TrendType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Licensed market data from the FastMoss OPEN API: TikTok Shop products become PRODUCT series of
 * units sold, GMV (whole currency units) and creators per region, category and UTC day.
 *
 * <p>Each cycle discovers products ({@link Discovery}: sales rankings by growth and by units, and
 * search), then fetches each one's daily sales trend: {@code backfill-days} (at most 28, the
 * endpoint's limit) the first time, then from the last day fetched on (at least yesterday, whose
 * numbers are final now, and today so far). Every day becomes one INCREMENT observation; storage
 * replaces a re-delivered bucket, so re-polling never counts twice. The progress is checkpointed
 * after every product, so a failed cycle resumes where it stopped.
 *
 * <p>{@code overview.creator_count} is a snapshot (creators promoting the product now), so it is
 * the creator count of the day it was read; earlier days carry 0 (unknown), not today's number.
 */
final class FastmossSource implements TrendSource {

    static final String NAME = "fastmoss";
    private static final Logger log = LoggerFactory.getLogger(FastmossSource.class);

    private final FastmossProperties properties;
    private final FastmossClient client;
    private final Pause pause;
    private final JsonMapper json;
    private final Discovery discovery;

    FastmossSource(FastmossProperties properties, FastmossClient client, Pause pause, JsonMapper json) {
        this.properties = properties;
        this.client = client;
        this.pause = pause;
        this.json = json;
        this.discovery = new Discovery(properties);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.MARKET_DATA;
    }

    @Override
    public boolean enabled() {
        return properties.hasCredentials();
    }

    @Override
    public Duration interval() {
        return properties.interval();
    }

    @Override
    public PollOutcome poll(PollContext context) {
        ProductCursor cursor = cursor(context);
        BudgetedCalls calls = new BudgetedCalls(client, properties, context, pause);
        LocalDate today = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
        try {
            List<DiscoveredProduct> products = discovery.discover(calls, context, today.minusDays(properties.rankingDayLag()));
            for (DiscoveredProduct product : products) {
                fetch(calls, context, cursor, product, today);
                context.checkpoint(cursor.json(json));
            }
            cursor.forgetBefore(today.minusDays(properties.backfillDays()));
            context.checkpoint(cursor.json(json));
            log.info("FastMoss cycle: {} products, {} requests", products.size(), calls.made());
            return PollOutcome.complete();
        } catch (StopCycle stop) {
            log.warn("FastMoss cycle stopped: {}", stop.getMessage());
            context.checkpoint(cursor.json(json));
            return PollOutcome.stopped(stop.getMessage());
        }
    }

    private ProductCursor cursor(PollContext context) {
        try {
            return ProductCursor.parse(context.cursor(), json);
        } catch (IllegalArgumentException ex) {
            // a cursor this version cannot read costs one full backfill, not a source stuck failing
            log.warn("FastMoss cursor unreadable; starting over");
            context.skipped("FastMoss cursor unreadable; backfilling again");
            return new ProductCursor();
        }
    }

    private void fetch(BudgetedCalls calls, PollContext context, ProductCursor cursor, DiscoveredProduct product,
            LocalDate today) {
        ProductCursor.Seen seen = cursor.get(product.productId());
        int days = seen == null ? properties.backfillDays()
                : (int) Math.clamp(ChronoUnit.DAYS.between(seen.lastDay(), today) + 1, properties.recentDays(),
                        properties.backfillDays());
        Optional<JsonNode> answer = calls.call("salesTrend " + product.productId(), properties.paths().salesTrend(),
                Map.of("filter", Map.of("product_id", product.productId(), "days", days)));
        if (answer.isEmpty()) {
            return;
        }
        JsonNode list = answer.get().path("list");
        JsonNode overview = answer.get().path("overview");
        if (!list.isArray()) {
            throw new SourceFailure("FastMoss salesTrend " + product.productId() + " answered a malformed page (data.list is not a list)");
        }
        LocalDate latest = null;
        for (JsonNode entry : list) {
            LocalDate day = day(entry);
            if (day != null && (latest == null || day.isAfter(latest))) {
                latest = day;
            }
        }
        if (latest == null) {
            return;
        }
        long creatorsNow = overview.path("creator_count").isNumber() ? Math.max(0, overview.path("creator_count").asLong()) : 0;
        String currency = overview.path("currency").isString() ? overview.path("currency").stringValue() : null;
        String region = product.region() != null ? product.region()
                : overview.path("region").isString() ? overview.path("region").stringValue() : null;
        String name = ProductNames.seriesName(product.title());
        if (name == null) {
            context.skipped("FastMoss product " + product.productId() + ": title has no usable characters");
            return;
        }
        Details details = details(product, currency);
        for (JsonNode entry : list) {
            LocalDate day = day(entry);
            if (day == null) {
                context.skipped("FastMoss salesTrend " + product.productId() + ": entry without a valid dt");
                continue;
            }
            long creators = day.equals(latest) ? creatorsNow
                    : seen != null && day.equals(seen.creatorsDay()) ? seen.creators() : 0;
            try {
                context.emit(Observation.increment(NAME, TrendType.PRODUCT, name, region, product.category(),
                        day.atStartOfDay(ZoneOffset.UTC).toInstant(), Bucket.DAY,
                        new Counts(0, 0, 0, 0, 0, creators, counter("units", entry.path("units_sold")),
                                counter("gmv", entry.path("gmv"))),
                        details, context.now()));
            } catch (InvalidObservation invalid) {
                context.skipped("FastMoss product " + product.productId() + " " + day + ": " + invalid.getMessage());
            }
        }
        LocalDate lastDay = seen != null && seen.lastDay().isAfter(latest) ? seen.lastDay() : latest;
        cursor.put(product.productId(), new ProductCursor.Seen(lastDay, creatorsNow, latest));
    }

    private static Details details(DiscoveredProduct product, String currency) {
        String display = product.title().replaceAll("[\\p{Cntrl}<>]", " ").trim();
        return new Details(display.length() > 200 ? display.substring(0, 200).trim() : display, product.productId(),
                List.of(), List.of(), List.of(), product.attributes(currency));
    }

    private static LocalDate day(JsonNode entry) {
        if (!entry.path("dt").isString()) {
            return null;
        }
        try {
            return LocalDate.parse(entry.path("dt").stringValue());
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    /** units_sold is an integer, gmv a float (whole currency units kept); the older pages send strings. */
    private static long counter(String field, JsonNode value) {
        double number;
        if (value.isNumber()) {
            number = value.asDouble();
        } else if (value.isString()) {
            try {
                number = Double.parseDouble(value.stringValue());
            } catch (NumberFormatException ex) {
                throw new InvalidObservation(field, "must be a number");
            }
        } else {
            throw new InvalidObservation(field, "is missing");
        }
        return Observation.counter(field, field.equals("gmv") ? Math.rint(number) : number);
    }

}
