package io.trendscout.sandbox.fastmoss;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SortedMap;

/**
 * How the signed auth style's {@code sign} parameter is computed. FastMoss's "Things to Note" page
 * names the URL parameters ({@code client_id, access_token, timestamp, sign}; the Chinese pages add
 * {@code signature_version=2}) and its Python client signs with {@code hashlib} (a plain digest,
 * no {@code hmac} import), but the algorithm is not in the stored pages: UNCONFIRMED. So it is
 * pluggable; the two built-in guesses digest
 * {@code secret + path + key1value1key2value2... (sorted by key, without sign) + raw body + secret}
 * as lower-case hex. The trend-service connector has the same two, chosen by
 * {@code trendscout.trend.fastmoss.sign-algorithm}.
 */
@FunctionalInterface
public interface SignatureScheme {

    String sign(String secret, String path, SortedMap<String, String> params, String body);

    static SignatureScheme md5() {
        return (secret, path, params, body) -> digest("MD5", canonical(secret, path, params, body));
    }

    static SignatureScheme sha256() {
        return (secret, path, params, body) -> digest("SHA-256", canonical(secret, path, params, body));
    }

    /** {@code md5} or {@code sha256}. */
    static SignatureScheme named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "md5" -> md5();
            case "sha256" -> sha256();
            default -> throw new IllegalArgumentException("Unknown signature scheme " + name + " (md5 or sha256)");
        };
    }

    private static String canonical(String secret, String path, SortedMap<String, String> params, String body) {
        StringBuilder s = new StringBuilder(secret).append(path);
        params.forEach((k, v) -> {
            if (!k.equals("sign")) {
                s.append(k).append(v);
            }
        });
        return s.append(body == null ? "" : body).append(secret).toString();
    }

    private static String digest(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
