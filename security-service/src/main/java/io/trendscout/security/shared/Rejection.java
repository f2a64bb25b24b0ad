package io.trendscout.security.shared;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A request the security service refuses for a reason the caller may know. Subclasses are named
 * for what happened; {@link Kind} says how serious it is, the web edge turns it into a problem.
 */
public abstract class Rejection extends RuntimeException {

    /** The category of a rejection; the web edge maps each to one HTTP status. */
    public enum Kind { INVALID, UNAUTHENTICATED, FORBIDDEN, CONFLICT, LOCKED, THROTTLED, UNAVAILABLE }

    private final Kind kind;
    private final String type;
    private final String title;

    protected Rejection(Kind kind, String type, String title, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.type = type;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** How long the caller should wait before trying again, if that helps at all. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** Extra, non-secret facts for the problem body (e.g. attempts left). */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
