package io.trendscout.tiktok.connection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random state / verifier values and S256 challenges. */
final class Pkce {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pkce() {
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256Hex(String value) {
        return HexFormat.of().formatHex(sha256(value));
    }

    /** S256: SHA-256 of the verifier, hex (TikTok's desktop doc) or base64url (RFC 7636). */
    static String challenge(String verifier, String encoding) {
        byte[] digest = sha256(verifier);
        return "hex".equalsIgnoreCase(encoding) ? HexFormat.of().formatHex(digest)
                : Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
