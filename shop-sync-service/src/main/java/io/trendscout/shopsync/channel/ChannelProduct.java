package io.trendscout.shopsync.channel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.trendscout.platform.web.validation.HttpsUrlValidator;

/**
 * A product as a channel lists it, normalized across channels. Only absolute https image URLs are kept (an http,
 * {@code javascript:} or credential-bearing link from a shop is dropped, never published) and the title is plain text.
 */
public record ChannelProduct(String externalId, String sku, String title, String description, List<String> images,
        BigDecimal price, String currency, Integer stock, String status, String gtin, Instant updatedAt) {

    private static final HttpsUrlValidator HTTPS_URL = new HttpsUrlValidator();

    public ChannelProduct {
        images = images == null ? List.of() : images.stream().filter(url -> url != null && HTTPS_URL.isValid(url, null)).toList();
        String plainTitle = PlainText.of(title);
        title = plainTitle == null ? title : plainTitle;
    }
}
