package io.trendscout.product.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last item of a page for keyset pagination: the sort it belongs to, a
 * fingerprint of the query it came from, the last sort key and the last id (the tiebreaker).
 * Clients see it only as an opaque URL-safe base64 string.
 */
public record PageCursor(String sort, String fingerprint, String key, UUID id) {

    private static final char SEPARATOR = '\n';

    public String encode() {
        String raw = "v1" + SEPARATOR + sort + SEPARATOR + fingerprint + SEPARATOR + key + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor a client sent back; anything that is not one of ours is an {@link InvalidCursor}. */
    public static PageCursor decode(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 512) {
            throw new InvalidCursor();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
            if (parts.length != 5 || !parts[0].equals("v1") || parts[3].isEmpty()) {
                throw new InvalidCursor();
            }
            return new PageCursor(parts[1], parts[2], parts[3], UUID.fromString(parts[4]));
        } catch (IllegalArgumentException ex) {
            throw new InvalidCursor();
        }
    }

    /** Fails unless this cursor was issued for the same sort and query. */
    public PageCursor requireFor(String expectedSort, String expectedFingerprint) {
        if (!sort.equals(expectedSort) || !fingerprint.equals(expectedFingerprint)) {
            throw new InvalidCursor("The cursor belongs to a different query or sort order");
        }
        return this;
    }
}
