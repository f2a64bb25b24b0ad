package io.trendscout.shopsync.sync;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an erased owner's sync jobs (logs, item errors) before their connections go. A job running at that moment
 * finds its row gone at its next page and stops without writing: each page transaction locks its job row first.
 */
@Service
public class SyncErasure {

    private final JdbcClient jdbc;

    SyncErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int erase(UUID ownerId) {
        return jdbc.sql("delete from sync_jobs where owner_id = ?").param(ownerId).update();
    }
}
