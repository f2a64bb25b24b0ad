package io.trendscout.sandbox.fastmoss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import io.trendscout.sandbox.world.PlantedTrend;
import io.trendscout.sandbox.world.SandboxWorld;
import io.trendscout.sandbox.world.Shape;

/**
 * The TikTok Shop market of the sandbox world: about a thousand products in real categories
 * across seven regions, each with daily units sold (and GMV = units x price) from 90 days before
 * the world's anchor on, deterministic from the world's seed: a per-product baseline, a weekly
 * rhythm, day-to-day noise, and for the planted products their {@link Shape} multiplying the
 * hourly rate. Days keep coming as world time passes; the current day holds what sold so far.
 */
public final class FastmossMarket {

    public static final List<String> REGIONS = List.of("US", "GB", "DE", "FR", "ES", "IT", "MX");
    /** Regions FastMoss documents; the ones without simulated products answer empty lists. */
    public static final List<String> DOCUMENTED_REGIONS = List.of("US", "GB", "MX", "ES", "DE", "IT", "FR", "ID",
            "VN", "MY", "TH", "PH", "BR", "JP", "SG");
    private static final Map<String, Integer> REGION_SIZES = Map.of("US", 300, "GB", 150, "DE", 120, "FR", 110,
            "ES", 100, "IT", 100, "MX", 120);
    private static final Map<String, String> CURRENCIES = Map.of("US", "USD", "GB", "GBP", "DE", "EUR", "FR", "EUR",
            "ES", "EUR", "IT", "EUR", "MX", "MXN");
    private static final Map<String, Double> PRICE_LEVEL = Map.of("USD", 1.0, "GBP", 0.8, "EUR", 0.92, "MXN", 17.0);

    /** Planted products: a shape in a region and category, with its peak lift, baseline and creators at the peak. */
    private record Plant(Shape shape, String region, String category, double lift, double baseUnits, int peakCreators) {
    }

    private static final List<Plant> PLANTS = List.of(
            new Plant(Shape.EMERGING, "US", "Beauty & Personal Care", 14, 100, 40),
            new Plant(Shape.EMERGING, "GB", "Home Supplies", 10, 90, 25),
            new Plant(Shape.PEAKING, "US", "Kitchenware", 12, 110, 35),
            new Plant(Shape.PEAKING, "DE", "Sports & Outdoor", 16, 80, 30),
            new Plant(Shape.DECAYING, "FR", "Womenswear & Underwear", 10, 100, 22),
            new Plant(Shape.DECAYING, "US", "Phones & Electronics", 18, 90, 45),
            new Plant(Shape.WEEKLY_SEASONAL, "MX", "Food & Beverages", 8, 150, 20),
            new Plant(Shape.WEEKLY_SEASONAL, "ES", "Pet Supplies", 9, 140, 18),
            // an hour-long spike whose day sells about 10x (the hourly lift is what the shape multiplies)
            new Plant(Shape.DECOY_SPIKE, "US", "Toys & Hobbies", 216, 150, 0),
            new Plant(Shape.DECOY_SPIKE, "IT", "Health", 216, 120, 0),
            new Plant(Shape.DECOY_SLOW_GROWER, "GB", "Health", 1.9, 200, 0),
            new Plant(Shape.DECOY_SLOW_GROWER, "US", "Beauty & Personal Care", 1.9, 220, 0));

    private final long seed;
    private final Instant anchor;
    private final LocalDate firstDay;
    private final List<MarketProduct> products;
    private final Map<String, MarketProduct> byId = new LinkedHashMap<>();
    private final Map<Long, Double> completeDays = new ConcurrentHashMap<>();

    public FastmossMarket(SandboxWorld world) {
        this.seed = world.seed();
        this.anchor = world.clock().anchor();
        this.firstDay = LocalDate.ofInstant(world.clock().origin(), ZoneOffset.UTC);
        this.products = generate();
        products.forEach(p -> byId.put(p.productId(), p));
    }

    public List<MarketProduct> products() {
        return products;
    }

    public MarketProduct product(String productId) {
        return byId.get(productId);
    }

    public List<MarketProduct> planted() {
        return products.stream().filter(p -> p.planted() != null).toList();
    }

    /** The first day with sales data (90 days before the anchor's day). */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** Units sold on a UTC day up to {@code now}: the whole day once it is over, 0 for days not begun or before the history. */
    public long unitsSold(MarketProduct p, LocalDate day, Instant now) {
        return Math.round(rawUnits(p, day, now));
    }

    /** Revenue of that many units, in the product's currency. */
    public BigDecimal gmv(MarketProduct p, long units) {
        return p.price().multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Units sold from {@code from} (a day start) to {@code to}. */
    long unitsBetween(MarketProduct p, Instant from, Instant to) {
        long total = 0;
        for (LocalDate d = day(from); start(d).isBefore(to); d = d.plusDays(1)) {
            total += unitsSold(p, d, to);
        }
        return total;
    }

    /** Creators promoting the product at {@code t}: planted products gain creators as their burst rises. */
    public int creatorCount(MarketProduct p, Instant t) {
        if (p.planted() == null || p.peakCreators() <= p.baseCreators()) {
            return p.baseCreators();
        }
        double lift = p.planted().peakLift();
        double share = Math.clamp((p.planted().intensity(t) - 1) / (lift - 1), 0, 1);
        return p.baseCreators() + (int) Math.round(share * (p.peakCreators() - p.baseCreators()));
    }

    static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private double rawUnits(MarketProduct p, LocalDate day, Instant now) {
        Instant start = start(day);
        if (day.isBefore(firstDay) || !now.isAfter(start)) {
            return 0;
        }
        Instant end = start.plus(Duration.ofDays(1));
        if (!now.isBefore(end)) {
            return completeDays.computeIfAbsent(p.index() * 1_000_000L + day.toEpochDay(), k -> compute(p, day, end));
        }
        return compute(p, day, now);
    }

    private double compute(MarketProduct p, LocalDate day, Instant upTo) {
        double perDay = p.baseUnits() * weekly(p, day) * noise(p, day);
        Instant start = start(day);
        double hours = 0;
        for (int h = 0; h < 24; h++) {
            Instant hourStart = start.plus(Duration.ofHours(h));
            if (!upTo.isAfter(hourStart)) {
                break;
            }
            double fraction = Math.min(1, Duration.between(hourStart, upTo).toMillis() / 3_600_000.0);
            double intensity = p.planted() == null ? 1 : p.planted().intensity(hourStart.plus(Duration.ofMinutes(30)));
            hours += fraction * intensity;
        }
        return perDay * hours / 24;
    }

    private static double weekly(MarketProduct p, LocalDate day) {
        int weekday = day.getDayOfWeek().getValue() - 1;
        return 1 + p.weeklyAmplitude() * Math.cos(2 * Math.PI * (weekday - p.weeklyPhase()) / 7);
    }

    private double noise(MarketProduct p, LocalDate day) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + p.index() * 7_919L + day.toEpochDay());
        return Math.exp(0.12 * Math.clamp(random.nextGaussian(), -3, 3));
    }

    private List<MarketProduct> generate() {
        Random random = new Random(seed * 31 + 0xFA57_0055L);
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        List<MarketProduct> all = new ArrayList<>();
        for (String region : REGIONS) {
            for (int i = 0; i < REGION_SIZES.get(region); i++) {
                all.add(product(random, all.size(), region, names, ids));
            }
        }
        for (Plant plant : PLANTS) {
            MarketProduct chosen = all.stream()
                    .filter(p -> p.planted() == null && p.region().equals(plant.region())
                            && p.category().name().equals(plant.category()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No product to plant in " + plant));
            int peakCreators = plant.peakCreators() > 0 ? plant.peakCreators() : chosen.baseCreators() + 2;
            all.set(chosen.index(), chosen.plant(plant.baseUnits(), peakCreators, trend(plant, chosen)));
        }
        return List.copyOf(all);
    }

    private MarketProduct product(Random random, int index, String region, Set<String> names, Set<String> ids) {
        MarketCategory category = MarketCategory.ALL.get(random.nextInt(MarketCategory.ALL.size()));
        String title = ProductTitles.next(random, category, names);
        String id;
        do {
            id = "17" + String.format("%017d", Math.floorMod(random.nextLong(), 100_000_000_000_000_000L));
        } while (!ids.add(id));
        String currency = CURRENCIES.get(region);
        double usd = 4 + Math.floor(Math.exp(2 + random.nextGaussian() * 0.6));
        BigDecimal price = BigDecimal.valueOf(Math.max(1, Math.round(usd * PRICE_LEVEL.get(currency))) - 0.01)
                .setScale(2, RoundingMode.HALF_UP);
        // now and then a seller's cover is on plain http (the connector keeps https covers only)
        String cover = (random.nextInt(40) == 0 ? "http" : "https") + "://p16-oec-sandbox.fastmoss.invalid/cover/" + id
                + ".jpeg";
        String shop = title.split(" ")[0] + " Official Shop";
        String sellerId = "749" + String.format("%016d", Math.floorMod(random.nextLong(), 10_000_000_000_000_000L));
        double baseUnits = Math.clamp(Math.exp(Math.log(40) + random.nextGaussian() * 0.9), 3, 600);
        double amplitude = 0.08 + random.nextDouble() * 0.17;
        int phase = random.nextInt(3) == 0 ? random.nextInt(7) : 5 + random.nextInt(2);
        int creators = (int) Math.clamp(Math.round(Math.exp(1.5 + random.nextGaussian() * 0.7)), 1, 60);
        return new MarketProduct(index, id, title, region, currency, category, price, 5 + random.nextInt(26), cover,
                sellerId, shop, baseUnits, amplitude, phase, creators, creators, null);
    }

    private PlantedTrend trend(Plant plant, MarketProduct p) {
        Instant anchorDay = anchor.truncatedTo(ChronoUnit.DAYS);
        Instant burst;
        Instant peak;
        switch (plant.shape()) {
            case EMERGING -> {
                burst = anchor.minus(Duration.ofHours(30));
                peak = anchor.plus(Duration.ofHours(36));
            }
            case PEAKING -> {
                burst = anchor.minus(Duration.ofDays(6));
                peak = anchor.minus(Duration.ofHours(6));
            }
            case DECAYING -> {
                burst = anchor.minus(Duration.ofDays(12));
                peak = anchor.minus(Duration.ofDays(5));
            }
            case WEEKLY_SEASONAL -> {
                peak = anchorDay.minus(Duration.ofDays(2)).plus(Duration.ofHours(12));
                burst = peak.minus(Duration.ofHours(24));
            }
            case DECOY_SPIKE -> {
                peak = anchorDay.minus(Duration.ofDays(3)).plus(Duration.ofHours(12));
                burst = peak.minus(Duration.ofHours(1));
            }
            case DECOY_SLOW_GROWER -> {
                burst = start(firstDay);
                peak = anchor;
            }
            default -> throw new IllegalStateException("Not a planted shape: " + plant.shape());
        }
        return new PlantedTrend("PRODUCT", ProductTitles.seriesName(p.title()), p.productId(), p.region(),
                p.category().seriesCategory(), plant.shape(), burst, peak, plant.lift());
    }
}
