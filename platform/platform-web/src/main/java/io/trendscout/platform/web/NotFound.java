package io.trendscout.platform.web;

/** Something the caller asked for does not exist (or is not theirs to see): answered with 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
