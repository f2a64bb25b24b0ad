/** A merchant's shop connections: credentials encrypted at rest, checked against the channel, status. */
package io.trendscout.shopsync.connection;
