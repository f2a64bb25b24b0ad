package io.trendscout.product.catalog;

import java.util.Optional;
import java.util.UUID;

/**
 * Who looks at catalog products: the signed-in user (empty when anonymous) and whether their plan includes the
 * research catalog's sourcing fields (purchase cost and supplier).
 */
public record Viewer(Optional<UUID> id, boolean seesSourcing) {

    public static final Viewer ANONYMOUS = new Viewer(Optional.empty(), false);
}
