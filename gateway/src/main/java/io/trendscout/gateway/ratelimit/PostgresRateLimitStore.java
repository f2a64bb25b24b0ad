package io.trendscout.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Token buckets in one PostgreSQL table shared by every gateway replica, so a plan's budget holds
 * for the platform, not per replica. Each request is one atomic upsert: the row lock serialises
 * concurrent requests of the same caller across replicas, the refill is computed from the time
 * since the last request, and the row records whether this request got a token. When the database
 * cannot be reached the limiter lets requests through (and logs it): an outage of the limiter must
 * not become an outage of the API.
 */
final class PostgresRateLimitStore implements RateLimitStore {

    private static final Logger log = LoggerFactory.getLogger(PostgresRateLimitStore.class);

    /** The tokens the caller's bucket holds now: what it had plus the refill since its last request, capped. */
    private static final String REFILLED =
            "least(:burst, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * :perSecond)";

    private static final String CONSUME = """
            insert into gateway_rate_limit as b (bucket_key, tokens, updated_at, allowed)
            values (:key, :burst - 1, clock_timestamp(), true)
            on conflict (bucket_key) do update set
              tokens = case when REFILLED >= 1 then REFILLED - 1 else REFILLED end,
              allowed = REFILLED >= 1,
              updated_at = clock_timestamp()
            returning b.allowed, b.tokens""".replace("REFILLED", REFILLED);

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);
    /** Every plan refills completely within an hour, so an older row is a full bucket. */
    private static final Duration IDLE = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    PostgresRateLimitStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Creates the table when missing (the gateway owns nothing else in the database). */
    void createTable() {
        jdbc.execute("""
                create table if not exists gateway_rate_limit (
                    bucket_key text primary key,
                    tokens     float8 not null,
                    updated_at timestamptz not null,
                    allowed    boolean not null)""");
    }

    /** Drops buckets idle long enough to have refilled completely: a full bucket equals a missing one. */
    int sweep(Duration idle) {
        return jdbc.update("delete from gateway_rate_limit where updated_at < clock_timestamp() - ?::interval",
                idle.toSeconds() + " seconds");
    }

    private void sweepIfDue() {
        long last = lastSweep.get();
        long now = System.nanoTime();
        if (now - last > SWEEP_EVERY.toNanos() && lastSweep.compareAndSet(last, now)) {
            try {
                sweep(IDLE);
            } catch (DataAccessException ex) {
                log.warn("Could not sweep idle rate-limit buckets: {}", ex.getMostSpecificCause().toString());
            }
        }
    }

    @Override
    public Mono<Decision> consume(String key, RateLimitProperties.Plan plan) {
        return Mono.fromCallable(() -> consumeNow(key, plan)).subscribeOn(Schedulers.boundedElastic());
    }

    private Decision consumeNow(String key, RateLimitProperties.Plan plan) {
        sweepIfDue();
        double perSecond = plan.requestsPerMinute() / 60.0;
        String bucket = key + "|" + plan.requestsPerMinute() + "/" + plan.burst();
        try {
            Map<String, Object> params = Map.of("key", bucket, "burst", (double) plan.burst(), "perSecond", perSecond);
            return named.queryForObject(CONSUME, params, (rs, n) -> {
                boolean allowed = rs.getBoolean("allowed");
                double tokens = rs.getDouble("tokens");
                Duration wait = allowed ? Duration.ZERO : Duration.ofMillis((long) Math.ceil((1 - tokens) / perSecond * 1000));
                return new Decision(allowed, (long) Math.floor(tokens), wait);
            });
        } catch (DataAccessException ex) {
            log.warn("Rate-limit store unreachable, letting the request through: {}", ex.getMostSpecificCause().toString());
            return new Decision(true, plan.burst(), Duration.ZERO);
        }
    }
}
