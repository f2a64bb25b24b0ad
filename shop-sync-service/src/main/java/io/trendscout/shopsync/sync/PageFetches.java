package io.trendscout.shopsync.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import io.trendscout.shopsync.channel.ChannelFailure;
import io.trendscout.shopsync.channel.ChannelPage;
import io.trendscout.shopsync.channel.ShopChannels;
import io.trendscout.shopsync.connection.SyncTarget;

/**
 * The channel pages one job has requested but not yet recorded, by cursor. The next page is
 * always requested while the current one is recorded; where the channel names later pages in
 * advance, up to {@code depth} pages are in flight (their requests still wait for the client's
 * rate limiter). A page only counts once the job's checkpoint for it is committed, so pages
 * fetched ahead and never recorded (crash, failure) are simply requested again on resume.
 */
final class PageFetches implements AutoCloseable {

    private final ShopChannels channels;
    private final SyncTarget target;
    private final Instant updatedAfter;
    private final int depth;
    private final Map<String, Future<ChannelPage>> inFlight = new LinkedHashMap<>();

    PageFetches(ShopChannels channels, SyncTarget target, Instant updatedAfter, int depth) {
        this.channels = channels;
        this.target = target;
        this.updatedAfter = updatedAfter;
        this.depth = Math.max(1, depth);
    }

    /** Requests the page after {@code page} and, as far as the depth allows, the ones it names after that. */
    void requestAfter(ChannelPage page) {
        if (page.nextCursor() == null) {
            return;
        }
        request(page.nextCursor());
        for (String later : page.laterCursors()) {
            if (inFlight.size() >= depth) {
                break;
            }
            request(later);
        }
    }

    /** The page at {@code cursor}: the one already requested, or requested now; waits for it. */
    ChannelPage take(String cursor) {
        Future<ChannelPage> fetch = inFlight.remove(cursor);
        if (fetch == null) {
            fetch = start(cursor);
        }
        try {
            return fetch.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            fetch.cancel(true);
            throw new ChannelFailure.Unavailable("Interrupted while reading the next page");
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(ex.getCause());
        }
    }

    /** Pages requested and not taken (e.g. the channel's listing changed length): no longer wanted. */
    @Override
    public void close() {
        inFlight.values().forEach(fetch -> fetch.cancel(true));
        inFlight.clear();
    }

    private void request(String cursor) {
        if (!inFlight.containsKey(cursor)) {
            inFlight.put(cursor, start(cursor));
        }
    }

    private Future<ChannelPage> start(String cursor) {
        FutureTask<ChannelPage> task = new FutureTask<>(() -> channels.page(target.credentials(), cursor, updatedAfter));
        Thread.ofVirtual().name("sync-prefetch").start(task);
        return task;
    }
}
