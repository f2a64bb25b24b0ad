/** Cross-cutting web plumbing of the service. */
package io.trendscout.aigenerator.shared;
