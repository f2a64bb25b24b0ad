package io.trendscout.shopsync.channel;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Login with Amazon: exchanges a seller's refresh token for a one-hour access token and caches it
 * (in memory only) until a minute before expiry; {@link #invalidate} after the SP-API refused it.
 */
final class LwaTokens {

    private record Token(String value, Instant expiresAt) {
    }

    private final ChannelProperties.Amazon settings;
    private final Http http;
    private final JsonMapper json;
    private final Map<String, Token> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    LwaTokens(ChannelProperties.Amazon settings, Http http, JsonMapper json) {
        this.settings = settings;
        this.http = http;
        this.json = json;
    }

    String accessToken(Credentials.Amazon seller) {
        String key = key(seller);
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Token token = cache.get(key);
            if (token != null && Instant.now().isBefore(token.expiresAt().minusSeconds(60))) {
                return token.value();
            }
            Token fresh = exchange(seller);
            cache.put(key, fresh);
            return fresh.value();
        }
    }

    void invalidate(Credentials.Amazon seller) {
        cache.remove(key(seller));
    }

    private Token exchange(Credentials.Amazon seller) {
        String form = "grant_type=refresh_token&refresh_token=" + enc(seller.refreshToken()) + "&client_id="
                + enc(seller.clientId()) + "&client_secret=" + enc(seller.clientSecret());
        Http.Answer answer = http.send(HttpRequest.newBuilder(URI.create(settings.lwaUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "Login with Amazon");
        if (answer.status() >= 500) {
            throw new ChannelFailure.Unavailable("Login with Amazon answered HTTP " + answer.status());
        }
        if (answer.status() == 429) {
            throw new ChannelFailure.Throttled("Login with Amazon throttled the token exchange", answer.retryAfter());
        }
        JsonNode body = answer.json(json, "Login with Amazon");
        if (answer.status() != 200 || body.path("access_token").asString("").isBlank()) {
            throw new ChannelFailure.Rejected("Login with Amazon refused the credentials: " + body.path("error").asString("HTTP " + answer.status()));
        }
        return new Token(body.path("access_token").asString(), Instant.now().plusSeconds(body.path("expires_in").asLong(3600)));
    }

    private static String key(Credentials.Amazon seller) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seller.clientId() + "\n" + seller.refreshToken()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
