/** Tombstones of erased accounts (UserErased), consulted before anything about a user is stored. */
package io.trendscout.recommendation.erasure;
