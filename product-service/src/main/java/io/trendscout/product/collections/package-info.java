/** Named product collections of a user, private or public (readable by anyone, writable by the owner only). */
package io.trendscout.product.collections;
