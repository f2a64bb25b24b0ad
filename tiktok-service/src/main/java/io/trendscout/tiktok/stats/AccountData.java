package io.trendscout.tiktok.stats;

import java.util.List;
import java.util.Optional;

import io.trendscout.tiktok.connection.ConnectionView;

/** Everything stored about an account, and whether it is older than the freshness window. */
record AccountData(Optional<ConnectionView> connection, Optional<AccountSnapshot> latest, List<StoredVideo> videos,
        List<AccountSnapshot> history, boolean stale, String staleReason) {
}
