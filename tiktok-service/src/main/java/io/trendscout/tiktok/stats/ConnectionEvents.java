package io.trendscout.tiktok.stats;

import io.trendscout.tiktok.api.TiktokFailure;
import io.trendscout.tiktok.connection.ReconsentRequired;
import io.trendscout.tiktok.connection.TiktokConnected;
import io.trendscout.tiktok.connection.TiktokDisconnected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A new connection gets its first full fetch; an erasing disconnect deletes every snapshot and video. */
@Component
class ConnectionEvents {

    private static final Logger log = LoggerFactory.getLogger(ConnectionEvents.class);

    private final StatsFetcher fetcher;
    private final Snapshots snapshots;

    ConnectionEvents(StatsFetcher fetcher, Snapshots snapshots) {
        this.fetcher = fetcher;
        this.snapshots = snapshots;
    }

    @EventListener
    void on(TiktokConnected connected) {
        try {
            fetcher.fetch(connected.userId(), StatsFetcher.Mode.FULL);
        } catch (TiktokFailure | ReconsentRequired ex) {
            // The connection stands; the account view fetches again when it is read.
            log.warn("First TikTok fetch failed for user {}: {}", connected.userId(), ex.getClass().getSimpleName());
        }
    }

    @EventListener
    void on(TiktokDisconnected disconnected) {
        if (disconnected.eraseData()) {
            snapshots.eraseAll(disconnected.userId());
        }
    }
}
