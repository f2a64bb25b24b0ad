/** Accounts: registration with email verification, profile and preferences, passwords, roles, GDPR erasure. */
package io.trendscout.security.accounts;
