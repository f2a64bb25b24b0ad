/** A user's saved products (a bookmark list), published as SAVED / UNSAVED interactions. */
package io.trendscout.product.saved;
