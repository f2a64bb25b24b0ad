package io.trendscout.product.catalog.merchant;

import java.util.List;
import java.util.regex.Pattern;

import io.trendscout.platform.web.validation.HttpsUrlValidator;

/**
 * A shop's product data is outside input like a request body: before it is stored (and served) its text loses markup
 * and control characters, and only https image URLs are kept, the same rules {@code @PlainText} and {@code @HttpsUrl}
 * enforce on the API.
 */
final class ShopText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern FORBIDDEN = Pattern.compile("[<>]|[\\p{Cntrl}&&[^\\n\\t]]");
    private static final HttpsUrlValidator HTTPS_URL = new HttpsUrlValidator();
    static final int MAX_IMAGES = 20;

    private ShopText() {
    }

    /** Plain text: tags become spaces, stray angle brackets and control characters (but line feed, tab) go. */
    static String plain(String value) {
        if (value == null) {
            return null;
        }
        return FORBIDDEN.matcher(TAG.matcher(value).replaceAll(" ")).replaceAll("");
    }

    /** Plain text on one line, whitespace collapsed (names, SKUs). */
    static String line(String value) {
        String plain = plain(value);
        return plain == null ? null : plain.replaceAll("\\s+", " ").strip();
    }

    static List<String> images(List<String> urls) {
        return urls == null ? List.of()
                : urls.stream().filter(url -> url != null && HTTPS_URL.isValid(url, null)).limit(MAX_IMAGES).toList();
    }
}
