package io.trendscout.tiktok.stats;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.tiktok.api.TiktokFailure;
import io.trendscout.tiktok.connection.ConnectionStatus;
import io.trendscout.tiktok.connection.ConnectionView;
import io.trendscout.tiktok.connection.Connections;
import io.trendscout.tiktok.connection.NotConnected;
import io.trendscout.tiktok.connection.ReconsentRequired;
import org.springframework.stereotype.Service;

/**
 * Serves stored stats on the user's request path. TikTok is called only when they are older than
 * {@code fresh-for}; if TikTok fails then, stored data is served flagged stale, and only without
 * any stored data does the failure reach the caller.
 */
@Service
class AccountReader {

    private static final int HISTORY = 400;

    private final Connections connections;
    private final Snapshots snapshots;
    private final StatsFetcher fetcher;
    private final FetchProperties properties;
    private final Clock clock = Clock.systemUTC();

    AccountReader(Connections connections, Snapshots snapshots, StatsFetcher fetcher, FetchProperties properties) {
        this.connections = connections;
        this.snapshots = snapshots;
        this.fetcher = fetcher;
        this.properties = properties;
    }

    AccountData read(UUID userId) {
        Optional<ConnectionView> connection = connections.find(userId);
        Optional<AccountSnapshot> latest = snapshots.latest(userId);
        if (connection.isEmpty() && latest.isEmpty()) {
            throw new NotConnected();
        }
        String staleReason = null;
        boolean active = connection.map(c -> c.status() == ConnectionStatus.ACTIVE).orElse(false);
        if (active && (latest.isEmpty() || olderThan(latest.get(), properties.freshFor()))) {
            try {
                fetcher.fetch(userId, latest.isEmpty() ? StatsFetcher.Mode.FULL : StatsFetcher.Mode.QUICK);
            } catch (TiktokFailure.Unavailable ex) {
                if (latest.isEmpty()) {
                    throw ex;
                }
                staleReason = "TikTok is unavailable; showing the last stored stats";
            } catch (ReconsentRequired ex) {
                staleReason = "TikTok access must be renewed; showing the last stored stats";
            }
        }
        return assemble(userId, staleReason);
    }

    /** On demand: fetches now unless the last fetch is very recent. */
    AccountData refresh(UUID userId) {
        ConnectionView connection = connections.find(userId).orElseThrow(NotConnected::new);
        if (connection.status() != ConnectionStatus.ACTIVE) {
            throw new ReconsentRequired(connection.statusReason() + ". Connect again with GET /api/tiktok/auth/url.");
        }
        Optional<AccountSnapshot> latest = snapshots.latest(userId);
        if (latest.isEmpty() || olderThan(latest.get(), properties.minRefreshInterval())) {
            fetcher.fetch(userId, latest.isEmpty() ? StatsFetcher.Mode.FULL : StatsFetcher.Mode.QUICK);
        }
        return assemble(userId, null);
    }

    private AccountData assemble(UUID userId, String staleReason) {
        Optional<AccountSnapshot> latest = snapshots.latest(userId);
        Optional<ConnectionView> connection = connections.find(userId);
        boolean stale = latest.map(s -> olderThan(s, properties.freshFor())).orElse(false) || staleReason != null;
        if (stale && staleReason == null) {
            staleReason = connection.isEmpty() ? "The account is disconnected; showing the last stored stats"
                    : "TikTok access must be renewed; showing the last stored stats";
        }
        return new AccountData(connection, latest, snapshots.videos(userId), snapshots.history(userId, HISTORY), stale, staleReason);
    }

    private boolean olderThan(AccountSnapshot snapshot, java.time.Duration age) {
        return snapshot.fetchedAt().isBefore(clock.instant().minus(age));
    }
}
