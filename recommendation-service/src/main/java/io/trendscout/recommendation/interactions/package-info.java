/** Users' implicit feedback (ProductInteracted) and stated niches (profile niches from UserPreferencesChanged, niches asked for with ?niche=); erased on UserErased. */
package io.trendscout.recommendation.interactions;
