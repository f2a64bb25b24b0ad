package io.trendscout.tiktok.stats;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hashtags of a video description, lower-cased, first occurrence order, without duplicates. */
final class Hashtags {

    private static final Pattern TAG = Pattern.compile("#([\\p{L}\\p{N}_]{1,100})");

    private Hashtags() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        Matcher matcher = TAG.matcher(text);
        while (matcher.find()) {
            tags.add("#" + matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(tags);
    }
}
