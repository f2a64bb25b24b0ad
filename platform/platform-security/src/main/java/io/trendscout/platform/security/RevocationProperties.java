package io.trendscout.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Refusing tokens of revoked sessions (topic {@code identity.session-revoked.v1}, read by every
 * replica whenever {@code spring.kafka.bootstrap-servers} is set).
 *
 * @param enabled  whether to read revocations at all
 * @param lookback how far back a starting replica reads: the access-token lifetime
 */
@ConfigurationProperties("trendscout.security.revocations")
public record RevocationProperties(@DefaultValue("true") boolean enabled, @DefaultValue("15m") Duration lookback) {
}
