package io.trendscout.product.catalog;

/** The product's TikTok Shop link, if it is sold there. */
public record TikTokShop(boolean available, String url, String productId) {
}
