/** Six-digit one-time codes sent by mail: stored hashed, expiring, with attempt limits and resend throttling. */
package io.trendscout.security.codes;
