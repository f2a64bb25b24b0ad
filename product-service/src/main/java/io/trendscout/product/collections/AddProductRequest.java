package io.trendscout.product.collections;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Adds one product to a collection. */
record AddProductRequest(@NotNull UUID productId) {
}
