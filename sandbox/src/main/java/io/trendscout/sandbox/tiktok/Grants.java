package io.trendscout.sandbox.tiktok;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes and tokens the fake has handed out. */
final class Grants {

    record Code(String openId, String redirectUri, String scope, String codeChallenge, Instant expiresAt) {
    }

    record Token(String openId, String scope, Instant expiresAt) {

        boolean valid(Instant now) {
            return now.isBefore(expiresAt);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    final Map<String, Code> codes = new ConcurrentHashMap<>();
    final Map<String, Token> accessTokens = new ConcurrentHashMap<>();
    final Map<String, Token> refreshTokens = new ConcurrentHashMap<>();

    static String random(String prefix) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    /** Deauthorizes the account: every token of it stops working. */
    void revokeAll(String openId) {
        accessTokens.values().removeIf(t -> t.openId().equals(openId));
        refreshTokens.values().removeIf(t -> t.openId().equals(openId));
    }

    void clear() {
        codes.clear();
        accessTokens.clear();
        refreshTokens.clear();
    }
}
