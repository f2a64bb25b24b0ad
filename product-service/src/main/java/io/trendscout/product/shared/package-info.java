/** Building blocks every feature shares: opaque keyset cursors and page limits. */
package io.trendscout.product.shared;
