/** Brute-force protection: backoff and temporary lockout per account and per client address. */
package io.trendscout.security.throttle;
