package io.trendscout.security.accounts;

import java.util.UUID;

/** The password of an account changed: every session except {@code keepSessionId} (may be null) must end. */
public record PasswordChanged(UUID accountId, UUID keepSessionId) {
}
