package io.trendscout.product.catalog;

import java.util.UUID;

import io.trendscout.platform.web.NotFound;

/** No active product has that id. */
public class ProductNotFound extends NotFound {

    public ProductNotFound(UUID id) {
        super("Product " + id + " does not exist");
    }
}
