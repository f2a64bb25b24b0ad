package io.trendscout.product.collections;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.trendscout.product.catalog.ProductSummary;

/** Response shapes of collections. */
final class CollectionViews {

    private CollectionViews() {
    }

    /** A collection in a list. */
    record Summary(UUID id, String name, String description, @JsonProperty("isPublic") boolean isPublic,
            int productCount, boolean owned, Instant createdAt, Instant updatedAt) {
    }

    /** A collection with its products, oldest addition first. */
    record Detail(UUID id, String name, String description, @JsonProperty("isPublic") boolean isPublic, boolean owned,
            List<ProductSummary> products, Instant createdAt, Instant updatedAt) {
    }
}
