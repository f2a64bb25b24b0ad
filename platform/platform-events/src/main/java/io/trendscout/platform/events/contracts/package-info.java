/** Payloads of the platform's events: plain records, changed additively only (see events/*.schema.json). */
package io.trendscout.platform.events.contracts;
