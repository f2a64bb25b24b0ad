package io.trendscout.aigenerator.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Daily per-user counters, counted atomically in the database (one upsert that only increments
 * below the limit), so that several instances share them.
 */
@Service
@EnableConfigurationProperties(UsageProperties.class)
public class Quotas {

    private final JdbcClient jdbc;
    private final UsageProperties properties;
    private final Clock clock = Clock.systemUTC();

    Quotas(JdbcClient jdbc, UsageProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Counts one generation; throws {@link QuotaExceeded} when the tier's daily generations are spent. */
    public void countGeneration(UUID userId, String tier) {
        int limit = properties.of(tier).generationsPerDay();
        if (!increment(userId, "generations", limit)) {
            throw new QuotaExceeded(tier, limit, today().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }

    /** Takes one LLM call from the tier's daily allowance; false when it is spent. */
    public boolean tryLlmCall(UUID userId, String tier) {
        return increment(userId, "llm_calls", properties.of(tier).llmCallsPerDay());
    }

    private boolean increment(UUID userId, String column, int limit) {
        if (limit <= 0) {
            return false;
        }
        return jdbc.sql("insert into usage_counter (user_id, day, " + column + ") values (:user, :day, 1) "
                        + "on conflict (user_id, day) do update set " + column + " = usage_counter." + column + " + 1 "
                        + "where usage_counter." + column + " < :limit returning " + column)
                .param("user", userId).param("day", today()).param("limit", limit)
                .query(Integer.class).optional().isPresent();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    int erase(UUID userId) {
        return jdbc.sql("delete from usage_counter where user_id = :user").param("user", userId).update();
    }
}
