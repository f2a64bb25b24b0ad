package io.trendscout.tiktok.shop;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.platform.security.SecretCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Connects a user's TikTok Shop and publishes catalog products to it. */
@Service
class TiktokShop {

    record Status(String sellerName, String region, String shopName, Instant connectedAt, int productsPublished) {
    }

    record Published(String productId, String tiktokProductId, String status) {
    }

    private final ShopClient client;
    private final ShopConnections connections;
    private final ProductSource products;
    private final SecretCipher cipher;
    private final ShopProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    TiktokShop(ShopClient client, ShopConnections connections, ProductSource products, SecretCipher cipher,
            ShopProperties properties, TransactionTemplate transactions) {
        this.client = client;
        this.connections = connections;
        this.products = products;
        this.cipher = cipher;
        this.properties = properties;
        this.transactions = transactions;
    }

    Status connect(UUID userId, String authCode) {
        if (!properties.configured()) {
            throw new ShopFailure(-1, "TikTok Shop is not configured in this deployment");
        }
        ShopClient.ShopTokens tokens;
        try {
            tokens = client.getToken(authCode);
        } catch (ShopFailure ex) {
            throw new AuthCodeRejected(ex.code());
        }
        ShopClient.Shop shop = client.firstShop(tokens.accessToken());
        Instant now = clock.instant();
        connections.save(row(userId, tokens, shop.id(), shop.cipher(), now));
        return new Status(tokens.sellerName(), tokens.region(), shop.name(), now, connections.listings(userId));
    }

    Optional<Status> status(UUID userId) {
        return connections.find(userId, false).map(r -> new Status(r.sellerName(), r.region(), r.shopId(), r.connectedAt(),
                connections.listings(userId)));
    }

    boolean disconnect(UUID userId) {
        return connections.delete(userId);
    }

    void eraseUser(UUID userId) {
        connections.deleteListings(userId);
        connections.delete(userId);
    }

    Published publish(UUID userId, String productId, ProductDraft body, String bearerToken) {
        ShopConnections.Row connection = connections.find(userId, false).orElseThrow(ShopNotConnected::new);
        ProductDraft draft = body != null ? body : products.load(productId, bearerToken);
        validate(draft);
        String access = accessToken(connection);
        String tiktokId = client.createProduct(access, connection.shopCipher(), productBody(productId, draft));
        connections.listed(userId, productId, tiktokId, clock.instant());
        return new Published(productId, tiktokId, "PENDING");
    }

    private static void validate(ProductDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new io.trendscout.platform.web.InvalidRequest("title", "The product has no title");
        }
        if (draft.price() == null || draft.price().signum() <= 0) {
            throw new io.trendscout.platform.web.InvalidRequest("price", "The product has no positive price");
        }
    }

    private static Map<String, Object> productBody(String productId, ProductDraft draft) {
        Map<String, Object> sku = new LinkedHashMap<>();
        sku.put("seller_sku", draft.sku() == null || draft.sku().isBlank() ? productId : draft.sku());
        sku.put("price", Map.of("amount", draft.price().setScale(2, RoundingMode.HALF_UP).toPlainString(), "currency", draft.currency()));
        sku.put("inventory", List.of(Map.of("warehouse_id", "default", "quantity", draft.quantity() == null ? 0 : draft.quantity())));
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("title", draft.title());
        product.put("description", draft.description() == null || draft.description().isBlank() ? draft.title() : draft.description());
        if (draft.categoryId() != null) {
            product.put("category_id", draft.categoryId());
        }
        product.put("external_product_id", productId);
        product.put("skus", List.of(sku));
        return product;
    }

    /** A working access token; refreshed under a row lock when it expires soon (refresh tokens rotate). */
    private String accessToken(ShopConnections.Row row) {
        if (row.accessExpiresAt().isAfter(clock.instant().plus(properties.refreshAhead()))) {
            return cipher.decrypt(row.accessCipher(), "shop-access:" + row.userId());
        }
        return transactions.execute(status -> {
            ShopConnections.Row locked = connections.find(row.userId(), true).orElseThrow(ShopNotConnected::new);
            if (locked.accessExpiresAt().isAfter(clock.instant().plus(properties.refreshAhead()))) {
                return cipher.decrypt(locked.accessCipher(), "shop-access:" + row.userId());
            }
            ShopClient.ShopTokens tokens = client.refresh(cipher.decrypt(locked.refreshCipher(), "shop-refresh:" + row.userId()));
            connections.save(row(row.userId(), tokens, locked.shopId(), locked.shopCipher(), locked.connectedAt()));
            return tokens.accessToken();
        });
    }

    private ShopConnections.Row row(UUID userId, ShopClient.ShopTokens tokens, String shopId, String shopCipher, Instant connectedAt) {
        return new ShopConnections.Row(userId, tokens.sellerOpenId(), tokens.sellerName(), tokens.region(), shopId, shopCipher,
                cipher.encrypt(tokens.accessToken(), "shop-access:" + userId), tokens.accessExpiresAt(),
                cipher.encrypt(tokens.refreshToken(), "shop-refresh:" + userId), tokens.refreshExpiresAt(), connectedAt);
    }

    static class ShopNotConnected extends RuntimeException {
        ShopNotConnected() {
            super("No TikTok Shop is connected. Connect one with POST /api/tiktok/shop/connect.");
        }
    }

    static class AuthCodeRejected extends RuntimeException {
        AuthCodeRejected(int code) {
            super("TikTok Shop did not accept the authorization code (code " + code + ").");
        }
    }
}
