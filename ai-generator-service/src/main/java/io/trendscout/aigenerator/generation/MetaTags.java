package io.trendscout.aigenerator.generation;

import java.util.List;

/** HTML meta tags: title at most 60 characters, description at most 155, keywords. */
public record MetaTags(String title, String description, List<String> keywords) implements GeneratedResult {
}
