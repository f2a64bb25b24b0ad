/** The security audit trail: sign-ins, failures, lockouts, token reuse, erasures, recorded and counted. */
package io.trendscout.security.audit;
