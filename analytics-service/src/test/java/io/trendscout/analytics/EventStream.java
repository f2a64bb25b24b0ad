package io.trendscout.analytics;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import io.trendscout.analytics.Events.Sent;
import io.trendscout.platform.events.contracts.ProductInteracted;
import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.platform.events.contracts.TrendDetected;

/**
 * A reproducible stream of platform events (several users, products, trends and merchants over
 * several days) delivered shuffled (so many arrive late) with re-deliveries of the same event id,
 * plus an oracle that computes every aggregate from the unique events in plain Java.
 */
public final class EventStream {

    static final List<String> CHANNELS = List.of("shopify", "amazon", "kaufland");
    static final String[] LEVELS = {"low", "medium", "high"};

    public final List<UUID> users;
    public final List<UUID> products;
    public final List<UUID> trends;
    public final List<Sent> unique = new ArrayList<>();
    public final List<Sent> delivery = new ArrayList<>();

    private EventStream(List<UUID> users, List<UUID> products, List<UUID> trends) {
        this.users = users;
        this.products = products;
        this.trends = trends;
    }

    public static EventStream generate(long seed, LocalDate firstDay, int days, int userCount, int productCount,
            int trendCount, int interactions) {
        Random random = new Random(seed);
        EventStream stream = new EventStream(ids(random, userCount), ids(random, productCount), ids(random, trendCount));
        Instant start = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        long span = days * 86_400L;
        Set<Instant> taken = new HashSet<>();
        ProductInteracted.Kind[] kinds = ProductInteracted.Kind.values();
        for (int i = 0; i < interactions; i++) {
            Instant at = start.plusSeconds(random.nextLong(span)).plusMillis(random.nextInt(1000));
            ProductInteracted.Kind kind = random.nextInt(10) < 6 ? ProductInteracted.Kind.VIEWED : kinds[random.nextInt(kinds.length)];
            stream.add(random, new ProductInteracted(pick(random, stream.users), pick(random, stream.products), kind, at), at);
        }
        for (int i = 0; i < Math.max(10, interactions / 10); i++) {
            Instant at = distinct(random, taken, start, span);
            UUID trend = pick(random, stream.trends);
            stream.add(random, new TrendDetected(trend, "hashtag", "trend-" + trend.toString().substring(0, 4) + "-" + i,
                    "fitness", "DE", random.nextInt(101), LEVELS[random.nextInt(3)], "rising", "emerging",
                    List.of("#x"), at, at.plusSeconds(86_400)), at);
        }
        for (UUID user : stream.users) {
            long followers = 1000 + random.nextInt(5000);
            for (int day = 0; day < days; day++) {
                for (int fetch = 0; fetch < 1 + random.nextInt(2); fetch++) {
                    Instant at = distinct(random, taken, start.plusSeconds(day * 86_400L), 86_400);
                    followers += random.nextInt(200) - 50;
                    stream.add(random, new StatsFetched(user, "open-" + user, "Creator", followers, followers * 10,
                            day + 3, Math.round(random.nextDouble() * 1000) / 100.0, 500 + random.nextInt(1000),
                            List.of(), at), at);
                }
            }
        }
        for (int i = 0; i < Math.max(6, interactions / 8); i++) {
            Instant at = start.plusSeconds(random.nextLong(span));
            UUID merchant = stream.users.get(random.nextInt(Math.min(2, userCount)));
            stream.add(random, new ProductSynced(merchant, UUID.randomUUID(), pick(random, CHANNELS), "ext-" + i, "sku-" + i,
                    "Product " + i, null, List.of(), BigDecimal.TEN, "EUR", 3, "active", null, random.nextInt(5) == 0,
                    at.minusSeconds(3600)), at);
        }
        Collections.shuffle(stream.delivery, random);
        return stream;
    }

    private void add(Random random, io.trendscout.platform.events.EventPayload payload, Instant occurredAt) {
        Sent sent = new Sent(UUID.randomUUID(), payload, occurredAt);
        unique.add(sent);
        delivery.add(sent);
        if (random.nextInt(100) < 15) {
            delivery.add(sent);
        }
    }

    // ---- the oracle: plain Java over the unique events ----

    public static LocalDate periodOf(Instant at, ZoneId zone, String granularity) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return switch (granularity) {
            case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    static boolean inside(Instant at, ZoneId zone, LocalDate from, LocalDate to) {
        return !at.isBefore(from.atStartOfDay(zone).toInstant()) && at.isBefore(to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** views, saves, unsaves, collectionAdds per period for one user (or everyone when user is null) and product filter. */
    public Map<LocalDate, long[]> interactions(UUID user, Predicate<UUID> product, ZoneId zone, String granularity,
            LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> series = new TreeMap<>();
        for (Sent sent : unique) {
            if (sent.payload() instanceof ProductInteracted p && (user == null || p.userId().equals(user))
                    && product.test(p.productId()) && inside(p.at(), zone, from, to)) {
                series.computeIfAbsent(periodOf(p.at(), zone, granularity), d -> new long[4])[p.kind().ordinal()]++;
            }
        }
        return series;
    }

    public static long[] sum(Map<LocalDate, long[]> series) {
        long[] total = new long[4];
        series.values().forEach(c -> IntStream.range(0, 4).forEach(i -> total[i] += c[i]));
        return total;
    }

    public List<TrendDetected> trendEvents(UUID trend, ZoneId zone, LocalDate from, LocalDate to) {
        return unique.stream().filter(s -> s.payload() instanceof TrendDetected t && t.trendId().equals(trend)
                        && inside(s.occurredAt(), zone, from, to))
                .sorted(java.util.Comparator.comparing(Sent::occurredAt)).map(s -> (TrendDetected) s.payload()).toList();
    }

    public List<StatsFetched> stats(UUID user) {
        return unique.stream().filter(s -> s.payload() instanceof StatsFetched f && f.userId().equals(user))
                .map(s -> (StatsFetched) s.payload()).sorted(java.util.Comparator.comparing(StatsFetched::fetchedAt)).toList();
    }

    /** The last snapshot per period. */
    public Map<LocalDate, StatsFetched> tiktok(UUID user, ZoneId zone, String granularity, LocalDate from, LocalDate to) {
        Map<LocalDate, StatsFetched> series = new TreeMap<>();
        stats(user).stream().filter(s -> inside(s.fetchedAt(), zone, from, to))
                .forEach(s -> series.put(periodOf(s.fetchedAt(), zone, granularity), s));
        return series;
    }

    public Optional<StatsFetched> statsAsOf(UUID user, Instant end) {
        return stats(user).stream().filter(s -> s.fetchedAt().isBefore(end)).reduce((a, b) -> b);
    }

    /** upserts, deletions per channel for a merchant. */
    public Map<String, long[]> sync(UUID merchant, ZoneId zone, LocalDate from, LocalDate to) {
        Map<String, long[]> health = new TreeMap<>();
        for (Sent sent : unique) {
            if (sent.payload() instanceof ProductSynced p && p.merchantId().equals(merchant)
                    && inside(sent.occurredAt(), zone, from, to)) {
                health.computeIfAbsent(p.channel(), c -> new long[2])[p.deleted() ? 1 : 0]++;
            }
        }
        return health;
    }

    private static List<UUID> ids(Random random, int count) {
        return IntStream.range(0, count).mapToObj(i -> new UUID(random.nextLong(), random.nextLong())).toList();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Instant distinct(Random random, Set<Instant> taken, Instant start, long span) {
        Instant at;
        do {
            at = start.plusSeconds(random.nextLong(span));
        } while (!taken.add(at));
        return at;
    }
}
