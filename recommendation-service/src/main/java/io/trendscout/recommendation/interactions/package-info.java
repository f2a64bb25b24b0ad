/** Users' implicit feedback (ProductInteracted) and stated niche preferences; erased on UserErased. */
package io.trendscout.recommendation.interactions;
