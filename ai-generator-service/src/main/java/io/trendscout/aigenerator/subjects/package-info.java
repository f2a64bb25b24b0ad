/** What a generation is about: a catalog product or a trend read over REST, or the caller's free input. */
package io.trendscout.aigenerator.subjects;
