package io.trendscout.trend.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.contracts.StatsFetched;
import org.junit.jupiter.api.Test;

class PanelEntriesTests {

    private static final Instant AT = Instant.parse("2026-03-03T16:20:00Z");
    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void badEntriesAreSkippedAndCountedAndTheRestIsUsed() {
        List<StatsFetched.Video> videos = new ArrayList<>(List.of(
                new StatsFetched.Video("7300000000000000001", CREATED, List.of("DIY", "#Woodworking", "<b>x</b>", "diy"), 100, 10, 2, 1),
                new StatsFetched.Video("", CREATED, List.of("diy"), 100, 10, 2, 1),
                new StatsFetched.Video("7300000000000000003", null, List.of("diy"), 100, 10, 2, 1),
                new StatsFetched.Video("7300000000000000004", CREATED, List.of("diy"), -5, 10, 2, 1),
                new StatsFetched.Video("7300000000000000005", CREATED, null, 7, 0, 0, 0)));
        videos.add(null);
        PanelEntries.Entries entries = PanelEntries.of(stats(videos, List.of("7300000000000000009", "bad id!", "7300000000000000001")));

        assertThat(entries.videos()).extracting(PanelEntries.Sighting::videoId)
                .containsExactly("7300000000000000001", "7300000000000000005");
        assertThat(entries.videos().get(0).hashtags()).containsExactly("diy", "woodworking");
        assertThat(entries.videos().get(0).counters()).isEqualTo(new Counters(100, 10, 2, 1));
        assertThat(entries.videos().get(1).hashtags()).isEmpty();
        assertThat(entries.deletedVideoIds()).as("a video in the fetch is not gone").containsExactly("7300000000000000009");
        assertThat(entries.skipped()).as("markup hashtag, blank id, no createTime, negative views, null video, bad deleted id")
                .isEqualTo(6);
        assertThat(entries.errors()).hasSize(6);
    }

    @Test
    void aVideoWithAnAbsurdNumberOfHashtagsIsSkipped() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i <= PanelEntries.MAX_HASHTAGS; i++) {
            tags.add("tag" + i);
        }
        PanelEntries.Entries entries = PanelEntries.of(stats(List.of(
                new StatsFetched.Video("7300000000000000001", CREATED, tags, 1, 0, 0, 0)), List.of()));
        assertThat(entries.videos()).isEmpty();
        assertThat(entries.skipped()).isEqualTo(1);
    }

    @Test
    void aSchema1EventHasNothingToUseAndNothingSkipped() {
        PanelEntries.Entries entries = PanelEntries.of(new StatsFetched(UUID.randomUUID(), "o", "d", 1, 1, 1, 1.0, 1,
                List.of(new StatsFetched.HashtagPerformance("#diy", 1, 1, 1, 1, 1, 1)), AT));
        assertThat(entries.videos()).isEmpty();
        assertThat(entries.deletedVideoIds()).isEmpty();
        assertThat(entries.skipped()).isZero();
    }

    private static StatsFetched stats(List<StatsFetched.Video> videos, List<String> deleted) {
        return new StatsFetched(UUID.randomUUID(), "o", "d", 1, 1, 1, 1.0, 1, Collections.emptyList(), AT, videos, deleted);
    }
}
