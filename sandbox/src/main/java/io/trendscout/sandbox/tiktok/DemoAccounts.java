package io.trendscout.sandbox.tiktok;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The fake's demo accounts: a busy creator, the seed 003 example, and one without videos. */
public final class DemoAccounts {

    public static final String CREATOR = "demo_creator";
    public static final String SEED_EXAMPLE = "festas_builds";
    public static final String EMPTY = "fresh_creator";

    private static final String[] TAGS = {"#tiktokmademebuyit", "#gadgets", "#kitchenhacks", "#skincare", "#homedecor",
        "#fitness", "#amazonfinds", "#cleantok"};

    private DemoAccounts() {
    }

    public static List<FakeAccount> all() {
        return List.of(creator(), seedExample(), empty());
    }

    /** 48 videos over 60 days, with hashtags and posting hours that differ in performance. */
    static FakeAccount creator() {
        Random random = new Random(42);
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        List<FakeVideo> videos = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            int hour = new int[] {7, 12, 18, 20, 21}[i % 5];
            Instant posted = now.minus(i * 30L + 6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS);
            if (posted.isAfter(now)) {
                posted = posted.minus(1, ChronoUnit.DAYS);
            }
            String first = TAGS[i % TAGS.length];
            String second = TAGS[(i * 3 + 1) % TAGS.length];
            long views = 4_000 + random.nextInt(40_000) + (hour >= 18 ? 25_000 : 0) + (first.equals("#gadgets") ? 30_000 : 0);
            long likes = views * (4 + random.nextInt(6)) / 100;
            videos.add(new FakeVideo("7" + String.format("%018d", 4_400_000_000_000_000L + i), posted.getEpochSecond(),
                    "Demo video " + (i + 1), "Sandbox find number " + (i + 1) + " " + first + " " + second + " #fyp",
                    15 + random.nextInt(45), views, likes, likes / 12, likes / 20));
        }
        return new FakeAccount("sandbox-open-id-creator", "sandbox-union-id-creator", CREATOR, "Demo Creator",
                "Finds things worth buying. Sandbox account.", false, 50_000, 180, 1_000_000, videos);
    }

    /** The worked example of seed 003: engagement (575 + 855) / 25,000 x 100 = 5.72. */
    static FakeAccount seedExample() {
        long now = Instant.now().getEpochSecond();
        return new FakeAccount("sandbox-open-id-festas", "sandbox-union-id-festas", SEED_EXAMPLE, "festas_builds",
                "Builds things.", true, 50_000, 90, 1_000_000, List.of(
                        new FakeVideo("7300000000000000001", now - 86_400 * 2, "Build log 1", "Workbench build #diy #woodworking",
                                42, 10_000, 500, 50, 25),
                        new FakeVideo("7300000000000000002", now - 86_400, "Build log 2", "Shelf build #diy",
                                37, 15_000, 750, 75, 30)));
    }

    /**
     * {@code count} generated accounts ({@code bench_00000}, ...) for load runs, deterministic for a
     * seed: every tenth has no videos; of the rest 75% have 1 to 20 videos (one list page of 20),
     * 17% 21 to 60, 6% 61 to 120 and 2% 121 to 200 (up to ten pages).
     */
    public static List<FakeAccount> generated(int count, long seed) {
        Random random = new Random(seed);
        long now = Instant.now().truncatedTo(ChronoUnit.MINUTES).getEpochSecond();
        List<FakeAccount> accounts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(100);
            int videoCount = i % 10 == 0 ? 0
                    : roll < 75 ? 1 + random.nextInt(20)
                    : roll < 92 ? 21 + random.nextInt(40)
                    : roll < 98 ? 61 + random.nextInt(60)
                    : 121 + random.nextInt(80);
            List<FakeVideo> videos = new ArrayList<>(videoCount);
            for (int j = 0; j < videoCount; j++) {
                String first = TAGS[random.nextInt(TAGS.length)];
                String second = TAGS[random.nextInt(TAGS.length)];
                long views = 500 + random.nextInt(50_000);
                long likes = views * (2 + random.nextInt(8)) / 100;
                // Distinct create times (a cursor is a create time): one video every 7 hours and a bit.
                videos.add(new FakeVideo(String.format("7%05d%013d", i, j), now - 3_600L - j * 25_301L, "Video " + (j + 1),
                        "Bench video " + (j + 1) + " " + first + " " + second, 10 + random.nextInt(50), views, likes,
                        likes / (8 + random.nextInt(8)), likes / (15 + random.nextInt(10))));
            }
            String name = String.format("bench_%05d", i);
            accounts.add(new FakeAccount("bench-open-id-" + i, "bench-union-id-" + i, name, "Bench " + i, "Load test account.",
                    false, 100 + random.nextInt(200_000), random.nextInt(500), videoCount * 1_000L, videos));
        }
        return accounts;
    }

    static FakeAccount empty() {
        return new FakeAccount("sandbox-open-id-fresh", "sandbox-union-id-fresh", EMPTY, "Fresh Creator", "", false,
                12, 40, 0, List.of());
    }
}
