/** Per-user usage: the generation history, daily quotas by plan tier, and their erasure on UserErased. */
package io.trendscout.aigenerator.usage;
