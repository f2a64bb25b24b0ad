package io.trendscout.tiktok.stats;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hashtags of a video's texts, lower-cased, first occurrence order, without duplicates. */
final class Hashtags {

    private static final Pattern TAG = Pattern.compile("#([\\p{L}\\p{N}_]{1,100})");

    private Hashtags() {
    }

    /** With the leading '#', as the account's own metrics show them. */
    static List<String> of(String text) {
        return names(text).stream().map(name -> "#" + name).toList();
    }

    /** Without '#', over every text in turn (title, then description), as StatsFetched carries them. */
    static List<String> names(String... texts) {
        Set<String> tags = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher matcher = TAG.matcher(text);
            while (matcher.find()) {
                tags.add(matcher.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(tags);
    }
}
