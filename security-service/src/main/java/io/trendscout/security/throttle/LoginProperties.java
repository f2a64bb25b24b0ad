package io.trendscout.security.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param accountMaxFailures failures against one account (from anywhere) within {@code window} before it is locked
 * @param pairMaxFailures    failures against one account from one client address before that address is locked out of it
 * @param clientBackoffAfter failures from one client address after which each attempt from it must wait (never a lock:
 *                           many people may share the address)
 * @param clientMaxDelay     the longest wait imposed on a client address
 * @param backoffAfter       failures of an account after which each further attempt must wait (doubling) first
 * @param backoffBase        the first wait; doubled for every further failure, capped at {@code lockout}
 * @param window             failures older than this are forgotten
 * @param lockout            how long a lock lasts
 */
@ConfigurationProperties("trendscout.security.login")
record LoginProperties(@DefaultValue("10") int accountMaxFailures, @DefaultValue("5") int pairMaxFailures,
        @DefaultValue("10") int clientBackoffAfter, @DefaultValue("1m") Duration clientMaxDelay,
        @DefaultValue("3") int backoffAfter, @DefaultValue("1s") Duration backoffBase,
        @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {
}
