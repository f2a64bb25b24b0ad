package io.trendscout.aigenerator.generation;

import java.util.List;

/** An SEO product text: a title (at most 60 characters), the body text and its keywords. */
public record SeoText(String title, String text, List<String> keywords) implements GeneratedResult {
}
