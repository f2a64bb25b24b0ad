package io.trendscout.tiktok.shop;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TikTok Shop request signing: query parameters except {@code sign} and {@code access_token},
 * sorted by key, concatenated as key + value, prefixed with the path, followed by the raw JSON
 * body; wrapped as secret + s + secret and HMAC-SHA256'd with the app secret, lowercase hex.
 */
final class ShopSigner {

    private ShopSigner() {
    }

    static String sign(String appSecret, String path, Map<String, String> query, String body) {
        StringBuilder s = new StringBuilder(path);
        new TreeMap<>(query).forEach((key, value) -> {
            if (!"sign".equals(key) && !"access_token".equals(key)) {
                s.append(key).append(value);
            }
        });
        if (body != null && !body.isEmpty()) {
            s.append(body);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((appSecret + s + appSecret).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", ex);
        }
    }
}
