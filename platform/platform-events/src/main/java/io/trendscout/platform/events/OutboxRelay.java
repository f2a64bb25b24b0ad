package io.trendscout.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Re-sends outbox entries whose first send failed (Kafka down, timeout). Consumers deduplicate by
 * event id, so a resend after an unacknowledged success does no harm. While the sender still has
 * events queued it waits: an entry older than the threshold may just be waiting its turn, and
 * re-sending the whole backlog would multiply it.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final IncompleteEventPublications incomplete;
    private final OutboxSender sender;
    private final Duration olderThan;

    public OutboxRelay(IncompleteEventPublications incomplete, OutboxSender sender, Duration olderThan) {
        this.incomplete = incomplete;
        this.sender = sender;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${trendscout.events.relay-interval:2s}", initialDelayString = "${trendscout.events.relay-interval:2s}")
    public void resendUnsent() {
        if (sender.inFlight() > 0) {
            log.debug("Outbox relay waits: {} events still queued for sending", sender.inFlight());
            return;
        }
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException ex) {
            log.warn("Outbox relay could not resubmit events: {}", ex.getMessage());
        }
    }
}
