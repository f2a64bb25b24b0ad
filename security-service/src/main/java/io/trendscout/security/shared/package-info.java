/** What every feature of the security service shares: rejections with their problem mapping, the caller's address. */
package io.trendscout.security.shared;
