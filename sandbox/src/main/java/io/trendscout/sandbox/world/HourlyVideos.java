package io.trendscout.sandbox.world;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates one hour of videos from (seed, hour): background posting of every region with a daily
 * rhythm and Poisson noise, then the planted drivers, whose posting rate and views are multiplied by
 * their {@link PlantedTrend#intensity}. Planted videos carry only their planted entity (plus the
 * creator's original sound), so a burst never leaks into background hashtags or sounds.
 */
final class HourlyVideos {

    /** Background videos per hour across all regions. */
    private static final double BACKGROUND_RATE = 1.0;
    /** Baseline videos per hour of a planted hashtag, sound or creator. */
    private static final double PLANTED_RATE = 0.1;
    /** Emerging entities post more from the start, so their young burst is already carried by many creators. */
    private static final double EMERGING_RATE = 0.18;
    private static final double CREATOR_RATE = 0.08;
    private static final double SLOW_GROWER_RATE = 0.2;
    private static final double SPIKE_RATE = 0.1;
    private static final double SPAM_RATE = 0.5;
    private static final long ID_BASE = 7_100_000_000_000_000_000L;
    private static final Map<String, Integer> UTC_OFFSET = Map.of("US", -5, "MX", -6, "GB", 0, "DE", 1, "FR", 1, "ES", 1,
            "IT", 1);
    private static final List<String> LINES = List.of("Trying the %s trend everyone keeps sending me",
            "Day %d of testing this, honest review", "You asked for the %s routine, here it is",
            "POV: you finally found the %s that works", "Rating every %s find from this week");

    enum Kind { HASHTAG, SOUND, CREATOR, SPAM }

    record Driver(PlantedTrend trend, Kind kind, String target, double rate, List<WorldCreator> pool) {
    }

    private final long seed;
    private final WorldClock clock;
    private final TiktokWorld world;
    private final Map<String, List<WorldCreator>> background = new HashMap<>();
    private final List<Driver> drivers = new ArrayList<>();
    private final List<WorldVideo> panelVideos = new ArrayList<>();

    HourlyVideos(long seed, WorldClock clock, TiktokWorld world, List<WorldCreator> trendCreators, GroundTruth truth) {
        this.seed = seed;
        this.clock = clock;
        this.world = world;
        for (WorldCreator c : world.creators()) {
            if (!trendCreators.contains(c)) {
                background.computeIfAbsent(c.region(), r -> new ArrayList<>()).add(c);
            }
        }
        Instant anchor = clock.anchor();
        for (PlantedTiktok.Plan p : PlantedTiktok.HASHTAGS) {
            PlantedTrend trend = p.anchored(anchor, clock.origin(), null);
            truth.add(trend);
            if (p.name().equals(PlantedTiktok.PANEL_HASHTAG)) {
                plantPanel(trend);
                continue;
            }
            List<WorldCreator> pool = background.get(p.region());
            switch (p.shape()) {
                case DECOY_SINGLE_CREATOR -> drivers.add(new Driver(trend, Kind.SPAM, p.name(), SPAM_RATE,
                        List.of(spammer(pool))));
                case DECOY_SLOW_GROWER -> drivers.add(new Driver(trend, Kind.HASHTAG, p.name(), SLOW_GROWER_RATE, pool));
                case DECOY_SPIKE -> drivers.add(new Driver(trend, Kind.HASHTAG, p.name(), SPIKE_RATE, pool));
                default -> drivers.add(new Driver(trend, Kind.HASHTAG, p.name(), baseRate(p.shape()), pool));
            }
        }
        for (PlantedTiktok.Plan p : PlantedTiktok.SOUNDS) {
            WorldSound sound = world.sounds().stream().filter(s -> s.name().equals(p.name())).findFirst().orElseThrow();
            PlantedTrend trend = p.anchored(anchor, clock.origin(), sound.musicId());
            truth.add(trend);
            drivers.add(new Driver(trend, Kind.SOUND, sound.musicId(), p.shape() == Shape.DECOY_SPIKE ? SPIKE_RATE : baseRate(p.shape()),
                    background.get(p.region())));
        }
        for (PlantedTiktok.Plan p : PlantedTiktok.CREATORS) {
            PlantedTrend trend = p.anchored(anchor, clock.origin(), null);
            truth.add(trend);
            WorldCreator creator = trendCreators.stream().filter(c -> c.username().equals(p.name())).findFirst().orElseThrow();
            drivers.add(new Driver(trend, Kind.CREATOR, p.name(), CREATOR_RATE, List.of(creator)));
        }
    }

    private static double baseRate(Shape shape) {
        return shape == Shape.EMERGING ? EMERGING_RATE : PLANTED_RATE;
    }

    /** The single creator of the spam decoy: one who cannot connect, so the panel never sees the spam. */
    private WorldCreator spammer(List<WorldCreator> pool) {
        for (int i = pool.size() - 1; i >= 0; i--) {
            if (!world.connectableUsernames().contains(pool.get(i).username())) {
                return pool.get(i);
            }
        }
        throw new IllegalStateException("No creator for the spam decoy");
    }

    /** Each panel creator posts the panel hashtag twice in the three days before the anchor, at fixed times. */
    private void plantPanel(PlantedTrend trend) {
        List<String> panel = world.panelUsernames();
        for (int i = 0; i < panel.size(); i++) {
            WorldCreator creator = world.creator(panel.get(i));
            for (int j = 0; j < 2; j++) {
                SplittableRandom r = new SplittableRandom(mix(seed, 99, i * 2L + j));
                Instant at = trend.burstStart().plus(i * 11L + j * 6L, ChronoUnit.HOURS).plusSeconds(r.nextInt(3600));
                long views = Math.round(creator.scale() * (2 + j + r.nextDouble()));
                panelVideos.add(video(r, idFor(at, 9_000 + i * 2 + j), creator, at, List.of(trend.name()),
                        creator.originalSoundId(), views));
            }
        }
    }

    List<WorldVideo> generate(long k) {
        Instant start = clock.origin().plus(k, ChronoUnit.HOURS);
        Instant middle = start.plusSeconds(1800);
        SplittableRandom r = new SplittableRandom(mix(seed, 1, k));
        List<WorldVideo> videos = new ArrayList<>();
        int seq = 0;
        for (String region : TiktokWorld.REGIONS) {
            List<WorldCreator> pool = background.get(region);
            double share = pool.size() / 300.0;
            int n = poisson(r, BACKGROUND_RATE * share * rhythm(start, region));
            for (int i = 0; i < n; i++) {
                WorldCreator creator = pool.get(zipf(r, pool.size()));
                Instant at = start.plusSeconds(r.nextInt(3600));
                List<String> tags = backgroundTags(r, creator.category());
                String music = r.nextDouble() < 0.55 ? world.backgroundSounds().get(zipf(r, world.backgroundSounds().size())).musicId()
                        : creator.originalSoundId();
                videos.add(video(r, idFor(start, seq++), creator, at, tags, music, Math.round(creator.scale() * noise(r))));
            }
        }
        for (Driver d : drivers) {
            int n = poisson(r, rate(d, middle) * rhythm(start, d.trend().region()));
            for (int i = 0; i < n; i++) {
                WorldCreator creator = d.pool().get(r.nextInt(d.pool().size()));
                Instant at = start.plusSeconds(r.nextInt(3600));
                double boost = d.kind() == Kind.SPAM ? d.trend().peakLift() : d.trend().intensity(at);
                long views = Math.round(creator.scale() * noise(r) * boost);
                List<String> tags = d.kind() == Kind.HASHTAG || d.kind() == Kind.SPAM ? List.of(d.target()) : List.of();
                String music = d.kind() == Kind.SOUND ? d.target() : creator.originalSoundId();
                videos.add(video(r, idFor(start, seq++), creator, at, tags, music, views));
            }
        }
        for (WorldVideo v : panelVideos) {
            if (!v.createTime().isBefore(start) && v.createTime().isBefore(start.plusSeconds(3600))) {
                videos.add(v);
            }
        }
        videos.sort((a, b) -> a.createTime().compareTo(b.createTime()));
        return List.copyOf(videos);
    }

    private static double rate(Driver d, Instant t) {
        if (d.kind() == Kind.SPAM) {
            boolean spamming = !t.isBefore(d.trend().burstStart()) && t.isBefore(d.trend().peak().plus(4, ChronoUnit.DAYS));
            return spamming ? d.rate() : 0;
        }
        return d.rate() * d.trend().intensity(t);
    }

    private List<String> backgroundTags(SplittableRandom r, String category) {
        List<String> own = world.hashtagsByCategory().get(category);
        List<String> tags = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int i = 0; i < count * 3 && tags.size() < count; i++) {
            String tag = own.get(zipf(r, own.size()));
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private WorldVideo video(SplittableRandom r, long id, WorldCreator creator, Instant at, List<String> tags, String music,
            long views) {
        String topic = tags.isEmpty() ? creator.category() : tags.get(0);
        int pick = r.nextInt(LINES.size());
        String line = pick == 1 ? String.format(LINES.get(pick), 1 + r.nextInt(30)) : String.format(LINES.get(pick), topic);
        StringBuilder description = new StringBuilder(line);
        tags.forEach(t -> description.append(" #").append(t));
        double likeRate = 0.03 + r.nextDouble() * 0.09;
        return new WorldVideo(id, creator.username(), at, creator.region(), tags, music, description.toString(),
                8 + r.nextInt(83), Math.max(50, views), likeRate, likeRate * (0.03 + r.nextDouble() * 0.07),
                likeRate * (0.02 + r.nextDouble() * 0.06));
    }

    /** Posting is busiest in the local evening: 1 +/- 0.6 over the day, mean 1. */
    private static double rhythm(Instant t, String region) {
        int local = Math.floorMod(t.atZone(ZoneOffset.UTC).getHour() + UTC_OFFSET.getOrDefault(region, 0), 24);
        return 1 + 0.6 * Math.cos(2 * Math.PI * (local - 20) / 24.0);
    }

    private static double noise(SplittableRandom r) {
        return Math.exp(r.nextGaussian() * 0.6);
    }

    private static long idFor(Instant hourStart, int seq) {
        return ID_BASE + hourStart.getEpochSecond() / 3600 * 10_000 + seq;
    }

    /** Rank-weighted pick (weight 1 / (rank + 4)): a few entities are popular, most are not. */
    private static int zipf(SplittableRandom r, int size) {
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += 1.0 / (i + 4);
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < size; i++) {
            x -= 1.0 / (i + 4);
            if (x <= 0) {
                return i;
            }
        }
        return size - 1;
    }

    private static int poisson(SplittableRandom r, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * r.nextGaussian()));
        }
        double limit = Math.exp(-lambda);
        double p = r.nextDouble();
        int n = 0;
        while (p > limit) {
            p *= r.nextDouble();
            n++;
        }
        return n;
    }

    static long mix(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h ^= part + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2);
            h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
            h ^= h >>> 31;
        }
        return h;
    }
}
