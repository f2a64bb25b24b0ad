/** GDPR: on UserErased, deletes the user's saved products, collections and merchant products. */
package io.trendscout.product.erasure;
