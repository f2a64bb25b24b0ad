package io.trendscout.shopsync.connection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tombstones of erased accounts (id and time only). Erasure and connecting take the same per-owner
 * transaction lock, so a connect that was under way while its owner was erased cannot store a connection after it.
 */
@Repository
class ErasedOwners {

    private final JdbcClient jdbc;

    ErasedOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes erasure and connecting of one owner until the surrounding transaction ends. */
    void lock(UUID ownerId) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ownerId.getMostSignificantBits() ^ ownerId.getLeastSignificantBits())
                .query(Object.class).single();
    }

    void add(UUID ownerId, Instant erasedAt) {
        jdbc.sql("insert into erased_owners (owner_id, erased_at) values (?, ?) on conflict do nothing")
                .params(ownerId, Timestamp.from(erasedAt)).update();
    }

    boolean contains(UUID ownerId) {
        return jdbc.sql("select exists (select 1 from erased_owners where owner_id = ?)").param(ownerId)
                .query(Boolean.class).single();
    }
}
