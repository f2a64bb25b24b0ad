/** The hybrid ranking core: training an immutable model from catalog and interactions, and serving from it (no Spring). */
package io.trendscout.recommendation.ranking;
