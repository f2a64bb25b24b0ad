package io.trendscout.aigenerator.generation;

import java.util.List;

/** A product description: a short teaser, the long text and bullet points. */
public record ProductDescription(String shortDescription, String text, List<String> bullets) implements GeneratedResult {
}
