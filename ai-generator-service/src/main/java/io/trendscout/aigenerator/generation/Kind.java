package io.trendscout.aigenerator.generation;

/** What is generated; the prompt template name and the result type belong to it. */
public enum Kind {
    SEO_TEXT("seo-text", SeoText.class),
    META_TAGS("meta-tags", MetaTags.class),
    DESCRIPTION("description", ProductDescription.class),
    CONTENT_IDEAS("content-ideas", ContentIdeas.class);

    private final String slug;
    private final Class<? extends GeneratedResult> resultType;

    Kind(String slug, Class<? extends GeneratedResult> resultType) {
        this.slug = slug;
        this.resultType = resultType;
    }

    public String slug() {
        return slug;
    }

    public Class<? extends GeneratedResult> resultType() {
        return resultType;
    }
}
