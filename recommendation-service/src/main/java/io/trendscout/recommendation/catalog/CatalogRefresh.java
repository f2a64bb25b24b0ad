package io.trendscout.recommendation.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.trendscout.recommendation.RecommendationProperties;
import io.trendscout.recommendation.ranking.Product;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the catalog read model in step with the product-service: a full fetch at start, every
 * {@code catalog-refresh}, 30 s after a failure (the product-service may be down or not yet up) and soon after a
 * ProductSynced event. Products no longer listed are removed only after a complete fetch.
 */
@Component
public class CatalogRefresh {

    private static final Logger log = LoggerFactory.getLogger(CatalogRefresh.class);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private final ProductServiceClient client;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Duration interval;
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean requested = new AtomicBoolean(true);
    private final AtomicLong changes = new AtomicLong();
    private volatile Instant nextRun = Instant.EPOCH;

    CatalogRefresh(ProductServiceClient client, JdbcTemplate jdbc, TransactionTemplate transactions,
            RecommendationProperties properties) {
        this.client = client;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.interval = properties.catalogRefresh();
    }

    /** Asks for a fetch at the next tick (a product changed somewhere). */
    public void request() {
        requested.set(true);
    }

    /** Counts completed refreshes; training compares it to know whether the catalog changed. */
    public long generation() {
        return changes.get();
    }

    @Scheduled(fixedDelay = 5_000, initialDelay = 1_000)
    void tick() {
        if (requested.getAndSet(false) || !clock.instant().isBefore(nextRun)) {
            refresh();
        }
    }

    /** Fetches the whole catalog; returns false (and retries soon) when the product-service cannot be read. */
    public boolean refresh() {
        Instant started = clock.instant();
        try {
            client.fetchAll(this::upsert);
            int removed = jdbc.update("delete from catalog_product where refreshed_at < ?", Timestamp.from(started));
            changes.incrementAndGet();
            nextRun = started.plus(interval);
            log.info("Catalog refreshed from the product-service ({} removed)", removed);
            return true;
        } catch (RuntimeException ex) {
            nextRun = clock.instant().plus(RETRY);
            log.warn("Catalog refresh failed, retrying in {}: {}", RETRY, ex.getMessage());
            return false;
        }
    }

    private void upsert(List<Product> page) {
        Timestamp now = Timestamp.from(clock.instant());
        transactions.executeWithoutResult(status -> jdbc.batchUpdate("""
                insert into catalog_product (id, name, niche, categories, tags, price, currency, trend_score,
                    trend_direction, in_stock, refreshed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set name = excluded.name, niche = excluded.niche,
                    categories = excluded.categories, tags = excluded.tags, price = excluded.price,
                    currency = excluded.currency, trend_score = excluded.trend_score,
                    trend_direction = excluded.trend_direction, in_stock = excluded.in_stock,
                    refreshed_at = excluded.refreshed_at
                """, page, page.size(), (ps, p) -> {
                    ps.setObject(1, p.id());
                    ps.setString(2, p.name());
                    ps.setString(3, p.niche());
                    ps.setArray(4, ps.getConnection().createArrayOf("text", p.categories().toArray()));
                    ps.setArray(5, ps.getConnection().createArrayOf("text", p.tags().toArray()));
                    ps.setObject(6, p.price() == null ? null : java.math.BigDecimal.valueOf(p.price()));
                    ps.setString(7, p.currency());
                    ps.setInt(8, p.trendScore());
                    ps.setString(9, p.trendDirection());
                    ps.setObject(10, p.inStock());
                    ps.setTimestamp(11, now);
                }));
    }
}
