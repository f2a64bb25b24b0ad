/** Creator recommendations: creators similar in niche, audience size band and engagement, from StatsFetched. */
package io.trendscout.recommendation.creators;
