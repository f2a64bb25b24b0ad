package io.trendscout.security.keys;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param accessTtl           lifetime of an access token (at most 15 minutes)
 * @param refreshTtl          lifetime of a refresh token (renewed by every rotation)
 * @param keyRotationInterval age at which the signing key is replaced
 * @param keyCheckInterval    how often the age is checked
 */
@ConfigurationProperties("trendscout.security.tokens")
public record TokenProperties(@DefaultValue("15m") Duration accessTtl, @DefaultValue("30d") Duration refreshTtl,
        @DefaultValue("30d") Duration keyRotationInterval, @DefaultValue("1h") Duration keyCheckInterval) {

    public TokenProperties {
        if (accessTtl.compareTo(Duration.ofMinutes(15)) > 0 || accessTtl.isNegative() || accessTtl.isZero()) {
            throw new IllegalArgumentException("trendscout.security.tokens.access-ttl must be between 1s and 15m");
        }
    }
}
