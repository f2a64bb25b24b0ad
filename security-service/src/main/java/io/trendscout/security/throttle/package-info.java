/** Brute-force protection: lockout per account and per (address, account) pair, growing delays per client address. */
package io.trendscout.security.throttle;
