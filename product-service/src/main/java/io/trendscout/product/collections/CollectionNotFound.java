package io.trendscout.product.collections;

import java.util.UUID;

import io.trendscout.platform.web.NotFound;

/** No collection with that id that the caller may see (foreign private ones are reported the same way). */
class CollectionNotFound extends NotFound {

    CollectionNotFound(UUID id) {
        super("Collection " + id + " does not exist");
    }
}
