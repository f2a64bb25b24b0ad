package io.trendscout.security.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param accountMaxFailures failures of one account within {@code window} before it is locked
 * @param clientMaxFailures  failures from one client address within {@code window} before it is locked
 * @param backoffAfter       failures after which each further attempt must wait (doubling) first
 * @param backoffBase        the first wait; doubled for every further failure, capped at {@code lockout}
 * @param window             failures older than this are forgotten
 * @param lockout            how long a lock lasts
 */
@ConfigurationProperties("trendscout.security.login")
record LoginProperties(@DefaultValue("5") int accountMaxFailures, @DefaultValue("20") int clientMaxFailures,
        @DefaultValue("3") int backoffAfter, @DefaultValue("1s") Duration backoffBase,
        @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {
}
