/** Connecting a TikTok account over OAuth 2.0: state and PKCE, encrypted tokens, refresh, revoke, erasure. */
package io.trendscout.tiktok.connection;
