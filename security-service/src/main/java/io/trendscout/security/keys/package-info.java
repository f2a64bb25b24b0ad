/** Access tokens: ES256 signing keys kept encrypted in the database, rotation with overlap, the JWKS and local validation. */
package io.trendscout.security.keys;
