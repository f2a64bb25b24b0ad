package io.trendscout.shopsync.channel;

import java.time.Instant;

/** One channel's API as the sync needs it. */
interface ChannelClient {

    ShopChannels.Verified verify(Credentials credentials);

    /** The page after {@code cursor} (null = first); {@code updatedAfter} filters where the channel can. */
    ChannelPage page(Credentials credentials, String cursor, Instant updatedAfter);
}
