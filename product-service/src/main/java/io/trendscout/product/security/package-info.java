/** Who may call what: public catalog reads by method and path, everything else with a token. */
package io.trendscout.product.security;
