package io.trendscout.shopsync.channel;

import java.util.List;

/**
 * One page of a channel's products; {@code nextCursor} is null on the last page. Items the
 * channel sent in an unusable shape are listed as failures instead of products.
 * {@code laterCursors} are the cursors of the pages after the next one, in order, where the
 * channel pages by offset and they can be requested already; empty where each page's cursor
 * comes from the page before it.
 */
public record ChannelPage(List<ChannelProduct> products, List<ItemFailure> failures, String nextCursor,
        List<String> laterCursors) {

    public ChannelPage(List<ChannelProduct> products, List<ItemFailure> failures, String nextCursor) {
        this(products, failures, nextCursor, List.of());
    }

    public record ItemFailure(String externalId, String message) {
    }
}
