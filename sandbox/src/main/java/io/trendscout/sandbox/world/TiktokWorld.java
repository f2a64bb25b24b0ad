package io.trendscout.sandbox.world;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TikTok side of the simulated market: about 300 hashtags, 150 sounds and 300 creators in
 * seven regions, and the videos they post, hour by hour from {@link WorldClock#origin()} on and on
 * as world time passes. Every hour's videos are a pure function of (seed, hour), so the world is
 * the same however it is read; entities planted in {@link PlantedTiktok} are registered in the
 * world's {@link GroundTruth}.
 */
public final class TiktokWorld {

    public static final List<String> REGIONS = List.of("US", "GB", "DE", "FR", "ES", "IT", "MX");
    /** Creators per region (300 in all), so every region has enough creators to carry a trend. */
    private static final int[] CREATORS_PER_REGION = {105, 45, 36, 30, 30, 27, 27};
    private static final int CONNECTABLE = 36;
    private static final int PANEL = 5;

    private final long seed;
    private final WorldClock clock;
    private final Map<String, String> hashtagCategory = new LinkedHashMap<>();
    private final Map<String, List<String>> hashtagsByCategory;
    private final List<WorldSound> sounds = new ArrayList<>();
    private final List<WorldSound> backgroundSounds = new ArrayList<>();
    private final List<WorldCreator> creators = new ArrayList<>();
    private final List<String> connectable = new ArrayList<>();
    private final List<String> panel = new ArrayList<>();
    private final HourlyVideos videos;
    private final Map<Long, List<WorldVideo>> hours = new ConcurrentHashMap<>();

    TiktokWorld(long seed, WorldClock clock, GroundTruth truth) {
        this.seed = seed;
        this.clock = clock;
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> taken = new HashSet<>();
        PlantedTiktok.HASHTAGS.forEach(p -> taken.add(p.name()));
        hashtagsByCategory = Names.hashtags(random, 29, taken);
        hashtagsByCategory.forEach((category, names) -> names.forEach(n -> hashtagCategory.put(n, category)));
        PlantedTiktok.HASHTAGS.forEach(p -> hashtagCategory.put(p.name(), p.category()));

        Set<String> soundNames = new HashSet<>();
        List<String> categories = List.copyOf(hashtagsByCategory.keySet());
        for (PlantedTiktok.Plan p : PlantedTiktok.SOUNDS) {
            sounds.add(new WorldSound(musicId(random), p.title(), p.name(), p.category()));
            soundNames.add(p.name());
        }
        while (sounds.size() < 150) {
            String title = Names.songTitle(random);
            if (soundNames.add(Names.soundName(title))) {
                WorldSound sound = new WorldSound(musicId(random), title, Names.soundName(title),
                        categories.get(random.nextInt(categories.size())));
                sounds.add(sound);
                backgroundSounds.add(sound);
            }
        }

        Set<String> usernames = new HashSet<>();
        PlantedTiktok.CREATORS.forEach(p -> usernames.add(p.name()));
        for (int r = 0; r < REGIONS.size(); r++) {
            for (int i = 0; i < CREATORS_PER_REGION[r]; i++) {
                String category = categories.get(random.nextInt(categories.size()));
                String username = Names.username(random, category);
                while (!usernames.add(username)) {
                    username = Names.username(random, category);
                }
                creators.add(creator(random, username, REGIONS.get(r), category));
            }
        }
        List<WorldCreator> trendCreators = new ArrayList<>();
        for (PlantedTiktok.Plan p : PlantedTiktok.CREATORS) {
            WorldCreator c = creator(random, p.name(), p.region(), p.category());
            trendCreators.add(c);
            creators.add(c);
        }
        // connectable: creators spread over the regions (every 8th), the first five in the US are the panel
        for (int i = 0; i < creators.size() - trendCreators.size() && connectable.size() < CONNECTABLE; i += 8) {
            WorldCreator c = creators.get(i);
            connectable.add(c.username());
            if (c.region().equals("US") && panel.size() < PANEL) {
                panel.add(c.username());
            }
        }
        this.videos = new HourlyVideos(seed, clock, this, trendCreators, truth);
    }

    private WorldCreator creator(SplittableRandom random, String username, String region, String category) {
        double scale = 4_000 * Math.exp(random.nextGaussian() * 0.9);
        return new WorldCreator(username, Names.displayName(username), region, category, scale,
                Long.toString(7_300_000_000_000_000_000L + creators.size() * 7919L + random.nextInt(7000)));
    }

    private static String musicId(SplittableRandom random) {
        return Long.toString(7_200_000_000_000_000_000L + random.nextLong(1_000_000_000_000_000L));
    }

    public long seed() {
        return seed;
    }

    public WorldClock clock() {
        return clock;
    }

    /** Every catalog hashtag (planted ones included) with its category. */
    public Map<String, String> hashtags() {
        return Map.copyOf(hashtagCategory);
    }

    public List<WorldSound> sounds() {
        return List.copyOf(sounds);
    }

    public List<WorldCreator> creators() {
        return List.copyOf(creators);
    }

    public WorldCreator creator(String username) {
        return creators.stream().filter(c -> c.username().equals(username)).findFirst().orElse(null);
    }

    /** Creators who can connect TikTok through the sandbox OAuth (accounts of the TikTok fake). */
    public List<String> connectableUsernames() {
        return List.copyOf(connectable);
    }

    /** The five connectable creators who posted {@value PlantedTiktok#PANEL_HASHTAG} in the last three days. */
    public List<String> panelUsernames() {
        return List.copyOf(panel);
    }

    public String panelHashtag() {
        return PlantedTiktok.PANEL_HASHTAG;
    }

    Map<String, List<String>> hashtagsByCategory() {
        return hashtagsByCategory;
    }

    List<WorldSound> backgroundSounds() {
        return backgroundSounds;
    }

    /** Videos created in [from, to), whether or not world time has reached them (for tests and ground truth). */
    public List<WorldVideo> videosBetween(Instant from, Instant to) {
        List<WorldVideo> result = new ArrayList<>();
        Instant origin = clock.origin();
        long first = Math.max(0, Duration.between(origin, from).toHours() - 1);
        for (long k = first; !origin.plus(k, ChronoUnit.HOURS).isAfter(to); k++) {
            for (WorldVideo v : hour(k)) {
                if (!v.createTime().isBefore(from) && v.createTime().isBefore(to)) {
                    result.add(v);
                }
            }
        }
        return result;
    }

    /** Videos created in [from, to) that are public by now (world time). */
    public List<WorldVideo> publishedBetween(Instant from, Instant to) {
        Instant now = clock.now();
        return videosBetween(from, to.isAfter(now) ? now : to).stream().filter(v -> !v.createTime().isAfter(now)).toList();
    }

    /** Every video of a creator public by now, newest first. */
    public List<WorldVideo> videosBy(String username) {
        return publishedBetween(clock.origin(), clock.now()).stream().filter(v -> v.username().equals(username))
                .sorted((a, b) -> b.createTime().compareTo(a.createTime())).toList();
    }

    /** Sizes for {@code /__sandbox/world/creators}: entities and the videos public by now. */
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("hashtags", hashtagCategory.size());
        stats.put("sounds", sounds.size());
        stats.put("creators", creators.size());
        stats.put("regions", REGIONS);
        stats.put("videos", publishedBetween(clock.origin(), clock.now()).size());
        stats.put("historyStart", clock.origin().toString());
        stats.put("anchor", clock.anchor().toString());
        stats.put("now", clock.now().toString());
        return stats;
    }

    private List<WorldVideo> hour(long k) {
        return hours.computeIfAbsent(k, videos::generate);
    }

    static Collection<String> categories() {
        return Names.STEMS.keySet();
    }
}
