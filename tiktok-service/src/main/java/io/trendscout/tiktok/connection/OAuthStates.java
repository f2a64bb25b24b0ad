package io.trendscout.tiktok.connection;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pending authorizations by state hash; consuming one deletes it, so a state works once. */
@Repository
class OAuthStates {

    record Pending(UUID userId, String codeVerifierCipher, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    OAuthStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String stateHash, UUID userId, String codeVerifierCipher, Instant expiresAt) {
        jdbc.sql("delete from oauth_state where user_id = ? and expires_at < now()").param(userId).update();
        jdbc.sql("insert into oauth_state (state_hash, user_id, code_verifier, expires_at) values (?, ?, ?, ?)")
                .params(stateHash, userId, codeVerifierCipher, java.sql.Timestamp.from(expiresAt)).update();
    }

    /** Deletes and returns the pending authorization atomically: two callbacks cannot both win. */
    Optional<Pending> consume(String stateHash) {
        return jdbc.sql("delete from oauth_state where state_hash = ? returning user_id, code_verifier, expires_at")
                .param(stateHash)
                .query((rs, n) -> new Pending(rs.getObject("user_id", UUID.class), rs.getString("code_verifier"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    void deleteFor(UUID userId) {
        jdbc.sql("delete from oauth_state where user_id = ?").param(userId).update();
    }
}
