package io.trendscout.trend.panel;

import java.time.Instant;

/**
 * How big the creator panel is, so a user can judge how representative a panel trend is.
 *
 * @param creators  creators whose fetches reached the panel (erased ones excluded)
 * @param videos    videos tracked (not gone)
 * @param lastFetch the newest fetch received, {@code null} while the panel is empty
 */
public record PanelSize(long creators, long videos, Instant lastFetch) {
}
