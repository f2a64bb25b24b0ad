/** TikTok Shop: connecting a shop (Partner API tokens) and publishing catalog products with signed requests. */
package io.trendscout.tiktok.shop;
