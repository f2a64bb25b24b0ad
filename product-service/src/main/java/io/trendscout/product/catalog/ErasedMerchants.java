package io.trendscout.product.catalog;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tombstones of erased accounts: a merchant's late shop data must not bring their products back. */
@Component
public class ErasedMerchants {

    private final JdbcClient jdbc;

    ErasedMerchants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(UUID userId) {
        jdbc.sql("insert into erased_users (user_id, erased_at) values (?, now()) on conflict do nothing")
                .param(userId).update();
    }

    public boolean isErased(UUID userId) {
        return !among(Set.of(userId)).isEmpty();
    }

    /** Those of the given ids that belong to erased accounts. */
    public Set<UUID> among(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select user_id from erased_users where user_id = any(?)")
                .param(userIds.toArray(UUID[]::new)).query(UUID.class).stream().collect(Collectors.toSet());
    }
}
