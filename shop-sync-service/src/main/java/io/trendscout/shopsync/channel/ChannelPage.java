package io.trendscout.shopsync.channel;

import java.util.List;

/**
 * One page of a channel's products; {@code nextCursor} is null on the last page. Items the
 * channel sent in an unusable shape are listed as failures instead of products.
 */
public record ChannelPage(List<ChannelProduct> products, List<ItemFailure> failures, String nextCursor) {

    public record ItemFailure(String externalId, String message) {
    }
}
