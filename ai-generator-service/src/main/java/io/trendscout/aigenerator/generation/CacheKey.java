package io.trendscout.aigenerator.generation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.trendscout.aigenerator.subjects.Subject;
import tools.jackson.databind.json.JsonMapper;

/** SHA-256 of the normalized request (kind, subject facts, hints) + language + provider. */
final class CacheKey {

    private CacheKey() {
    }

    static String of(Kind kind, Subject subject, Language language, Hints hints, String provider, JsonMapper json) {
        Subject normalized = new Subject(subject.type(), subject.id(), norm(subject.name()), norm(subject.mainKeyword()),
                norm(subject.description()), norm(subject.category()), norm(subject.keywords()), norm(subject.features()),
                norm(subject.hashtags()), subject.trendDirection(), subject.trendScore());
        String canonical = kind + "|" + language + "|" + provider + "|" + json.writeValueAsString(normalized) + "|"
                + hints.postingHours();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String norm(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> norm(List<String> values) {
        return values.stream().map(CacheKey::norm).toList();
    }
}
