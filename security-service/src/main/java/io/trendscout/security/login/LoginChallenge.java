package io.trendscout.security.login;

import java.time.Instant;
import java.util.UUID;

/** The password was right; the code mailed for this challenge completes the sign-in. */
record LoginChallenge(UUID challengeId, Instant expiresAt, String delivery) {
}
