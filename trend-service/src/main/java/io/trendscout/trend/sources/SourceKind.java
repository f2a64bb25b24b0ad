package io.trendscout.trend.sources;

/** What kind of signal a source gives, shown in source health and on every metric's provenance. */
public enum SourceKind {
    /** The creators who connected TikTok to this deployment. */
    CREATOR_PANEL,
    /** Licensed market data (e.g. FastMoss): TikTok Shop products, sales, creators. */
    MARKET_DATA,
    /** The TikTok Research API, for deployments that qualify. */
    RESEARCH,
    /** Operator uploads. */
    IMPORT
}
