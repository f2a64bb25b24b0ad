package io.trendscout.tiktok.shop;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shop connections (token columns hold SecretCipher ciphertexts) and what was published. */
@Repository
class ShopConnections {

    record Row(UUID userId, String sellerOpenId, String sellerName, String region, String shopId, String shopCipher,
            String accessCipher, Instant accessExpiresAt, String refreshCipher, Instant refreshExpiresAt, Instant connectedAt) {
    }

    private final JdbcClient jdbc;

    ShopConnections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Row row) {
        jdbc.sql("""
                insert into shop_connection (user_id, seller_open_id, seller_name, region, shop_id, shop_cipher, access_token,
                    access_expires_at, refresh_token, refresh_expires_at, connected_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id) do update set seller_open_id = excluded.seller_open_id, seller_name = excluded.seller_name,
                    region = excluded.region, shop_id = excluded.shop_id, shop_cipher = excluded.shop_cipher,
                    access_token = excluded.access_token, access_expires_at = excluded.access_expires_at,
                    refresh_token = excluded.refresh_token, refresh_expires_at = excluded.refresh_expires_at,
                    version = shop_connection.version + 1""")
                .params(row.userId(), row.sellerOpenId(), row.sellerName(), row.region(), row.shopId(), row.shopCipher(),
                        row.accessCipher(), Timestamp.from(row.accessExpiresAt()), row.refreshCipher(),
                        Timestamp.from(row.refreshExpiresAt()), Timestamp.from(row.connectedAt()))
                .update();
    }

    Optional<Row> find(UUID userId, boolean forUpdate) {
        return jdbc.sql("select * from shop_connection where user_id = ?" + (forUpdate ? " for update" : ""))
                .param(userId)
                .query((rs, n) -> new Row(rs.getObject("user_id", UUID.class), rs.getString("seller_open_id"),
                        rs.getString("seller_name"), rs.getString("region"), rs.getString("shop_id"), rs.getString("shop_cipher"),
                        rs.getString("access_token"), rs.getTimestamp("access_expires_at").toInstant(),
                        rs.getString("refresh_token"), rs.getTimestamp("refresh_expires_at").toInstant(),
                        rs.getTimestamp("connected_at").toInstant()))
                .optional();
    }

    void listed(UUID userId, String productId, String tiktokProductId, Instant at) {
        jdbc.sql("""
                insert into shop_listing (user_id, product_id, tiktok_product_id, status, published_at) values (?, ?, ?, 'PENDING', ?)
                on conflict (user_id, product_id) do update set tiktok_product_id = excluded.tiktok_product_id,
                    status = excluded.status, published_at = excluded.published_at""")
                .params(userId, productId, tiktokProductId, Timestamp.from(at)).update();
    }

    int listings(UUID userId) {
        return jdbc.sql("select count(*) from shop_listing where user_id = ?").param(userId).query(Integer.class).single();
    }

    boolean delete(UUID userId) {
        return jdbc.sql("delete from shop_connection where user_id = ?").param(userId).update() > 0;
    }

    void deleteListings(UUID userId) {
        jdbc.sql("delete from shop_listing where user_id = ?").param(userId).update();
    }
}
