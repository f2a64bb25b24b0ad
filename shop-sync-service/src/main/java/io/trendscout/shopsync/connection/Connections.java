package io.trendscout.shopsync.connection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The connections table. */
@Repository
class Connections {

    record Row(UUID id, UUID ownerId, String platform, String shopName, String shopKey, String credentials,
            ConnectionStatus status, String lastError, String currency, Instant lastSyncAt, Instant lastSuccessStartedAt,
            Instant createdAt) {

        ConnectionView view() {
            return new ConnectionView(id, platform, shopName, shopKey, status, lastError, lastSyncAt, createdAt);
        }
    }

    private final JdbcClient jdbc;

    Connections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        jdbc.sql("""
                insert into connections (id, owner_id, platform, shop_name, shop_key, credentials, status, currency, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.id(), row.ownerId(), row.platform(), row.shopName(), row.shopKey(), row.credentials(),
                        row.status().name(), row.currency(), Timestamp.from(row.createdAt()), Timestamp.from(row.createdAt()))
                .update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select * from connections where id = ?").param(id).query(Connections::row).optional();
    }

    List<Row> byOwner(UUID ownerId) {
        return jdbc.sql("select * from connections where owner_id = ? order by created_at").param(ownerId).query(Connections::row).list();
    }

    List<Row> byShop(String platform, String shopKey) {
        return jdbc.sql("select * from connections where platform = ? and shop_key = ?").params(platform, shopKey)
                .query(Connections::row).list();
    }

    List<Row> due(Instant before) {
        return jdbc.sql("select * from connections where status <> 'AUTH_FAILED' and (last_sync_at is null or last_sync_at < ?)")
                .param(Timestamp.from(before)).query(Connections::row).list();
    }

    boolean shopExists(String platform, String shopKey) {
        return jdbc.sql("select exists (select 1 from connections where platform = ? and shop_key = ?)").params(platform, shopKey)
                .query(Boolean.class).single();
    }

    int deleteByOwner(UUID ownerId) {
        return jdbc.sql("delete from connections where owner_id = ?").param(ownerId).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from connections where id = ?").param(id).update();
    }

    void status(UUID id, ConnectionStatus status, String error) {
        jdbc.sql("update connections set status = ?, last_error = ?, updated_at = now() where id = ?")
                .params(status.name(), error, id).update();
    }

    void synced(UUID id, Instant completedAt, Instant startedAt) {
        jdbc.sql("""
                update connections set status = 'CONNECTED', last_error = null, last_sync_at = ?,
                  last_success_started_at = ?, updated_at = now() where id = ?""")
                .params(Timestamp.from(completedAt), Timestamp.from(startedAt), id).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class), rs.getString("platform"),
                rs.getString("shop_name"), rs.getString("shop_key"), rs.getString("credentials"),
                ConnectionStatus.valueOf(rs.getString("status")), rs.getString("last_error"), rs.getString("currency"),
                instant(rs, "last_sync_at"), instant(rs, "last_success_started_at"), instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
