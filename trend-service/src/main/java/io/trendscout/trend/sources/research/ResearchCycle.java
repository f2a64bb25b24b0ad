package io.trendscout.trend.sources.research;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.trendscout.trend.sources.PollContext;
import io.trendscout.trend.sources.PollOutcome;
import io.trendscout.trend.sources.SourceFailure;

/**
 * One poll: first the recent days of every region (re-read each cycle, their videos still gain
 * views), then the history walked back window by window until {@code history} is covered. A window
 * is read to its last page, then emitted, then checkpointed, so a failure mid-window leaves the
 * cursor where it was and the next cycle reads the window again.
 */
final class ResearchCycle {

    /** The cycle ends without failing (budget or quota spent); what it did is kept. */
    private static final class Stop extends RuntimeException {
        Stop(String note) {
            super(note, null, false, false);
        }
    }

    private final ResearchApiProperties properties;
    private final ResearchApiClient client;
    private final PollContext context;
    private final ResearchCursor cursor;
    private final LocalDate today;
    private final LocalDate horizon;
    private final Map<String, Double> videosPerDay = new HashMap<>();
    private CycleBudget budget;
    private int retries = 1;
    private int tokenRetries = 1;

    ResearchCycle(ResearchApiProperties properties, ResearchApiClient client, PollContext context) {
        this.properties = properties;
        this.client = client;
        this.context = context;
        this.cursor = ResearchCursor.parse(context.cursor());
        this.today = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
        this.horizon = today.minusDays(Math.max(1, properties.history().toDays()) - 1);
    }

    PollOutcome run() {
        budget = CycleBudget.of(properties, context.quota(), context.now(), backfilling());
        try {
            for (String region : properties.regions()) {
                readRecent(region);
            }
            boolean progress = true;
            while (progress) {
                progress = false;
                for (String region : properties.regions()) {
                    progress |= backfillOnce(region);
                }
            }
            return PollOutcome.complete();
        } catch (Stop stop) {
            return PollOutcome.stopped(stop.getMessage());
        }
    }

    private boolean backfilling() {
        return properties.regions().stream().anyMatch(r -> cursor.covered(r).map(c -> c.oldest().isAfter(horizon)).orElse(true));
    }

    private void readRecent(String region) {
        Optional<ResearchCursor.Covered> covered = cursor.covered(region);
        LocalDate start = today.minusDays(properties.recentDays() - 1);
        if (covered.isPresent() && covered.get().newest().plusDays(1).isBefore(start)) {
            // the source was off for a while: read the gap too, at most one 30-day window
            LocalDate gap = covered.get().newest().plusDays(1);
            start = gap.isBefore(today.minusDays(29)) ? today.minusDays(29) : gap;
        }
        WindowAggregation window = read(region, start, today);
        boolean contiguous = covered.isPresent() && !covered.get().newest().plusDays(1).isBefore(start);
        LocalDate oldest = contiguous && covered.get().oldest().isBefore(start) ? covered.get().oldest() : start;
        commit(region, window, oldest, today);
        videosPerDay.put(region, window.videos() / (double) (ChronoUnit.DAYS.between(start, today) + 1));
    }

    private boolean backfillOnce(String region) {
        ResearchCursor.Covered covered = cursor.covered(region).orElseThrow();
        if (!covered.oldest().isAfter(horizon)) {
            return false;
        }
        long pages = budget.pagesLeft(properties.maxCount());
        if (pages < 1) {
            throw new Stop("cycle budget spent; " + region + " history read back to " + covered.oldest()
                    + ", the next cycles go on");
        }
        double perDay = videosPerDay.getOrDefault(region, 0.0);
        long days = perDay <= 0 ? 30 : (long) Math.floor(0.8 * pages * properties.maxCount() / perDay);
        days = Math.max(1, Math.min(30, days));
        LocalDate end = covered.oldest().minusDays(1);
        LocalDate start = end.minusDays(days - 1).isBefore(horizon) ? horizon : end.minusDays(days - 1);
        WindowAggregation window = read(region, start, end);
        commit(region, window, start, covered.newest());
        return true;
    }

    private void commit(String region, WindowAggregation window, LocalDate oldest, LocalDate newest) {
        window.emit(context, context.now());
        cursor.cover(region, oldest, newest);
        context.checkpoint(cursor.format());
    }

    /** Every page of one region and window (at most 30 days, by construction). */
    private WindowAggregation read(String region, LocalDate start, LocalDate end) {
        WindowAggregation window = new WindowAggregation(region);
        long position = 0;
        String searchId = null;
        while (true) {
            ResearchPage page = page(region, start, end, position, searchId);
            page.videos().forEach(window::add);
            if (!page.hasMore()) {
                return window;
            }
            if (page.cursor() <= position || page.videos().isEmpty()) {
                throw new SourceFailure("Research API paging did not advance (" + region + " " + start + ".." + end
                        + ", cursor " + position + ")");
            }
            position = page.cursor();
            searchId = page.searchId();
        }
    }

    private ResearchPage page(String region, LocalDate start, LocalDate end, long position, String searchId) {
        while (true) {
            if (!budget.canRequest()) {
                throw new Stop("cycle budget spent while reading " + region + " " + start + ".." + end
                        + "; the window is read again next cycle");
            }
            if (context.quota().requestsToday() >= properties.dailyRequests() || !context.quota().recordsLeft()
                    || !context.quota().tryRequest()) {
                throw new Stop("daily Research API quota spent; resumes after 00:00 UTC");
            }
            try {
                ResearchPage page = client.query(region, start, end, properties.maxCount(), position, searchId);
                context.quota().records(page.videos().size());
                budget.requested(page.videos().size());
                return page;
            } catch (ResearchCallFailed failed) {
                budget.requested(0);
                switch (failed.kind()) {
                    case QUOTA -> throw new Stop(failed.getMessage() + "; resumes after 00:00 UTC");
                    case TRANSIENT -> {
                        if (retries-- <= 0) {
                            throw new SourceFailure(failed.getMessage() + " (after one retry this cycle)", failed);
                        }
                    }
                    case TOKEN -> {
                        client.dropToken();
                        if (tokenRetries-- <= 0) {
                            throw new SourceFailure(failed.getMessage(), failed);
                        }
                    }
                    default -> throw new SourceFailure(failed.getMessage(), failed);
                }
            }
        }
    }
}
