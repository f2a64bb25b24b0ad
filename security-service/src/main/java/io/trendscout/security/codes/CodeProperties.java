package io.trendscout.security.codes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ttl          how long a code is valid
 * @param maxAttempts  guesses allowed per code (then it is burned)
 * @param resendAfter  minimum time between two codes for the same purpose and subject
 * @param maxPerHour   codes of one purpose issued to one account within an hour, at most
 */
@ConfigurationProperties("trendscout.security.codes")
record CodeProperties(@DefaultValue("10m") Duration ttl, @DefaultValue("5") int maxAttempts,
        @DefaultValue("60s") Duration resendAfter, @DefaultValue("5") int maxPerHour) {
}
