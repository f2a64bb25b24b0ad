package io.trendscout.aigenerator.generation;

/** A generated result of one {@link Kind}. */
public sealed interface GeneratedResult permits SeoText, MetaTags, ProductDescription, ContentIdeas {
}
