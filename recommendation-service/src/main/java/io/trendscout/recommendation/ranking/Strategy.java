package io.trendscout.recommendation.ranking;

/** The served hybrid, and its parts alone for offline comparison. */
public enum Strategy { HYBRID, COLLABORATIVE, POPULARITY }
