package io.trendscout.recommendation.creators;

import java.util.List;
import java.util.UUID;

/** A creator's latest fetched TikTok stats; {@code niches} are their hashtags, lower case without '#'. */
record Creator(UUID userId, String displayName, long followers, double engagementRate, long averageViews,
        List<String> niches) {

    /** Audience size bands as creator marketing uses them. */
    enum Band {
        NANO(0, "nano (under 10k followers)"), MICRO(10_000, "micro (10k-100k followers)"),
        MID(100_000, "mid-tier (100k-1M followers)"), MACRO(1_000_000, "macro (1M-10M followers)"),
        MEGA(10_000_000, "mega (10M+ followers)");

        final long from;
        final String label;

        Band(long from, String label) {
            this.from = from;
            this.label = label;
        }

        static Band of(long followers) {
            Band band = NANO;
            for (Band b : values()) {
                if (followers >= b.from) {
                    band = b;
                }
            }
            return band;
        }
    }

    Band band() {
        return Band.of(followers);
    }
}
