package io.trendscout.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The one envelope every platform event travels in. {@code payload} is the event record when
 * published and a JSON tree when received; use {@link ReceivedEvent} to read it as a type.
 */
public record EventEnvelope(
        UUID id,
        String type,
        int version,
        Instant occurredAt,
        String producer,
        String subject,
        Object payload) {
}
