package io.trendscout.product.shared;

import io.trendscout.platform.web.InvalidRequest;

/** A cursor the client sent was not issued by us for this query. */
public class InvalidCursor extends InvalidRequest {

    public InvalidCursor() {
        this("The cursor is not valid");
    }

    public InvalidCursor(String message) {
        super("cursor", message);
    }
}
