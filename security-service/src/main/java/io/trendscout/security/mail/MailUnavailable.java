package io.trendscout.security.mail;

import java.time.Duration;
import java.util.Optional;

import io.trendscout.security.shared.Rejection;

/** The mail server did not take the mail; the caller can ask for a new code later. */
public class MailUnavailable extends Rejection {

    MailUnavailable() {
        super(Kind.UNAVAILABLE, "mail-unavailable", "Mail could not be sent",
                "The mail could not be sent right now; please request a new code in a moment");
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(Duration.ofSeconds(30));
    }
}
