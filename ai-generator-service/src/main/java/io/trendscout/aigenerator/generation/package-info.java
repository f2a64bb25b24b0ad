/**
 * Generation of SEO texts, meta tags, descriptions and content ideas: the LLM when configured and
 * allowed, the built-in deterministic generator otherwise or as the fallback; every result is
 * checked against the same limits before it is returned.
 */
package io.trendscout.aigenerator.generation;
