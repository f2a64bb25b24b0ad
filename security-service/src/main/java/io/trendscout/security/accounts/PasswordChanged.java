package io.trendscout.security.accounts;

import java.util.UUID;

/**
 * The password of an account changed (published inside the change's transaction): every session
 * except {@code keepSessionId} (may be null) must end, for {@code reason}.
 */
public record PasswordChanged(UUID accountId, UUID keepSessionId, String reason) {
}
