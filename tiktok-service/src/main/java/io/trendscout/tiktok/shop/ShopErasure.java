package io.trendscout.tiktok.shop;

import io.trendscout.tiktok.connection.TiktokDisconnected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A user erased on the platform also loses their shop connection and listings. */
@Component
class ShopErasure {

    private final TiktokShop shop;

    ShopErasure(TiktokShop shop) {
        this.shop = shop;
    }

    @EventListener
    void on(TiktokDisconnected disconnected) {
        if (disconnected.userErased()) {
            shop.eraseUser(disconnected.userId());
        }
    }
}
