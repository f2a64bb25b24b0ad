package io.trendscout.platform.events;

/** A message that can never be processed; it goes to the dead-letter topic without retries. */
public class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message) {
        super(message);
    }
}
