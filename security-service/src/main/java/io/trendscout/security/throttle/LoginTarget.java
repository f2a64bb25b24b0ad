package io.trendscout.security.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * What a sign-in attempt is aimed at: an account, or an address without one. Unknown addresses
 * are throttled and locked exactly like accounts, so the answers do not tell which ones exist;
 * they are kept only as a hash.
 *
 * @param key       the throttle key
 * @param accountId the account, null for an address without one
 */
public record LoginTarget(String key, UUID accountId) {

    public static LoginTarget account(UUID accountId) {
        return new LoginTarget("account:" + accountId, accountId);
    }

    public static LoginTarget unknownEmail(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return new LoginTarget("email:" + HexFormat.of().formatHex(digest), null);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
