package io.trendscout.trend.sources;

/**
 * For push sources (the creator panel fed by events, the operator import): records what they
 * delivered or why they failed in source health, as polling does for pull sources.
 */
public interface SourceActivity {

    void delivered(String source, SourceKind kind, int observations);

    void failed(String source, SourceKind kind, String error);
}
