package io.trendscout.trend.sources.fastmoss;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;

/**
 * The {@code sign} of the signed auth style. FastMoss documents the parameters but not the
 * algorithm in the stored pages (its Python client signs with {@code hashlib}): UNCONFIRMED. Both
 * choices digest {@code secret + path + key1value1key2value2... (sorted by key, without sign) +
 * raw body + secret} as lower-case hex, like the sandbox fake's {@code SignatureScheme}; a third
 * algorithm is one more constant here once the real one is known.
 */
enum SignAlgorithm {
    MD5("MD5"), SHA256("SHA-256");

    private final String digest;

    SignAlgorithm(String digest) {
        this.digest = digest;
    }

    String sign(String secret, String path, SortedMap<String, String> params, String body) {
        StringBuilder text = new StringBuilder(secret).append(path);
        params.forEach((key, value) -> {
            if (!key.equals("sign")) {
                text.append(key).append(value);
            }
        });
        text.append(body).append(secret);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(digest).digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
