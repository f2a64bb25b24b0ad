package io.trendscout.shopsync.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.shopsync.channel.ChannelProduct;
import io.trendscout.shopsync.connection.SyncTarget;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last product version sent per (connection, external id), as a content hash. A product is
 * published as {@code ProductSynced} only when its content differs from the recorded one, in the
 * same transaction that records it, so re-reading a page (retry, resume after a crash, webhook
 * after sync) never emits an event twice for the same version.
 */
@Service
public class ProductLedger {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, DELETED }

    private record Recorded(String hash, Instant sourceUpdatedAt, boolean deleted) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final EventPublisher events;

    ProductLedger(JdbcClient jdbc, JdbcTemplate jdbcTemplate, EventPublisher events) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.events = events;
    }

    /** Records a product seen on the channel; publishes it if its content changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome record(SyncTarget target, ChannelProduct product) {
        String hash = hash(product, target);
        Instant updated = product.updatedAt() == null ? Instant.now() : product.updatedAt();
        int inserted = jdbc.sql("""
                insert into product_versions (connection_id, external_id, content_hash, source_updated_at, deleted, last_seen_at, updated_at)
                values (?, ?, ?, ?, false, clock_timestamp(), now()) on conflict do nothing""")
                .params(target.id(), product.externalId(), hash, Timestamp.from(updated)).update();
        if (inserted == 1) {
            publish(target, product, updated, false);
            return Outcome.CREATED;
        }
        Recorded recorded = lock(target, product.externalId()).orElseThrow();
        if (!recorded.deleted() && recorded.hash().equals(hash) || updated.isBefore(recorded.sourceUpdatedAt())) {
            jdbc.sql("update product_versions set last_seen_at = clock_timestamp() where connection_id = ? and external_id = ?")
                    .params(target.id(), product.externalId()).update();
            return Outcome.UNCHANGED;
        }
        Instant version = updated.isAfter(recorded.sourceUpdatedAt()) ? updated : recorded.sourceUpdatedAt().plusMillis(1);
        jdbc.sql("""
                update product_versions set content_hash = ?, source_updated_at = ?, deleted = false,
                  last_seen_at = clock_timestamp(), updated_at = now() where connection_id = ? and external_id = ?""")
                .params(hash, Timestamp.from(version), target.id(), product.externalId()).update();
        publish(target, product, version, false);
        return recorded.deleted() ? Outcome.CREATED : Outcome.UPDATED;
    }

    /**
     * {@link #record} for a whole page with a few statements instead of a few per product: one
     * multi-row insert of the new ones, one locking read and batched updates of the known ones.
     * Same outcomes and events as recording the products one by one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Outcome> recordAll(SyncTarget target, List<ChannelProduct> products) {
        if (products.stream().map(ChannelProduct::externalId).distinct().count() < products.size()) {
            return products.stream().map(p -> record(target, p)).toList();
        }
        int size = products.size();
        String[] ids = new String[size];
        String[] hashes = new String[size];
        Instant[] updated = new Instant[size];
        String[] updatedText = new String[size];
        for (int i = 0; i < size; i++) {
            ChannelProduct p = products.get(i);
            ids[i] = p.externalId();
            hashes[i] = hash(p, target);
            updated[i] = p.updatedAt() == null ? Instant.now() : p.updatedAt();
            updatedText[i] = updated[i].toString();
        }
        Set<String> inserted = new HashSet<>(jdbc.sql("""
                insert into product_versions (connection_id, external_id, content_hash, source_updated_at, deleted, last_seen_at, updated_at)
                select ?, v.external_id, v.content_hash, v.source_updated_at::timestamptz, false, clock_timestamp(), now()
                from unnest(?::text[], ?::text[], ?::text[]) as v(external_id, content_hash, source_updated_at)
                on conflict do nothing returning external_id""")
                .params(target.id(), ids, hashes, updatedText).query(String.class).list());
        Map<String, Recorded> known = new HashMap<>();
        if (inserted.size() < size) {
            String[] others = Arrays.stream(ids).filter(id -> !inserted.contains(id)).sorted().toArray(String[]::new);
            jdbc.sql("""
                    select external_id, content_hash, source_updated_at, deleted from product_versions
                    where connection_id = ? and external_id = any(?::text[]) order by external_id for update""")
                    .params(target.id(), others)
                    .query((rs, n) -> known.put(rs.getString(1), new Recorded(rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getBoolean(4))))
                    .list();
        }
        List<Outcome> outcomes = new ArrayList<>(size);
        List<String> seen = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ChannelProduct product = products.get(i);
            if (inserted.contains(ids[i])) {
                publish(target, product, updated[i], false);
                outcomes.add(Outcome.CREATED);
                continue;
            }
            Recorded recorded = known.get(ids[i]);
            if (recorded == null) {
                outcomes.add(record(target, product)); // deleted meanwhile: the one-by-one path decides
                continue;
            }
            if (!recorded.deleted() && recorded.hash().equals(hashes[i]) || updated[i].isBefore(recorded.sourceUpdatedAt())) {
                seen.add(ids[i]);
                outcomes.add(Outcome.UNCHANGED);
                continue;
            }
            Instant version = updated[i].isAfter(recorded.sourceUpdatedAt()) ? updated[i] : recorded.sourceUpdatedAt().plusMillis(1);
            changed.add(new Object[] {hashes[i], Timestamp.from(version), target.id(), ids[i]});
            publish(target, product, version, false);
            outcomes.add(recorded.deleted() ? Outcome.CREATED : Outcome.UPDATED);
        }
        if (!seen.isEmpty()) {
            jdbc.sql("update product_versions set last_seen_at = clock_timestamp() where connection_id = ? and external_id = any(?::text[])")
                    .params(target.id(), seen.toArray(String[]::new)).update();
        }
        if (!changed.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    update product_versions set content_hash = ?, source_updated_at = ?, deleted = false,
                      last_seen_at = clock_timestamp(), updated_at = now() where connection_id = ? and external_id = ?""", changed);
        }
        return outcomes;
    }

    /** Marks a product deleted on the channel; publishes a tombstone once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome delete(SyncTarget target, String externalId, Instant at) {
        Optional<Recorded> recorded = lock(target, externalId);
        if (recorded.isEmpty() || recorded.get().deleted()) {
            return Outcome.UNCHANGED;
        }
        Instant version = at.isAfter(recorded.get().sourceUpdatedAt()) ? at : recorded.get().sourceUpdatedAt().plusMillis(1);
        jdbc.sql("update product_versions set deleted = true, source_updated_at = ?, updated_at = now() where connection_id = ? and external_id = ?")
                .params(Timestamp.from(version), target.id(), externalId).update();
        events.publish(new ProductSynced(target.ownerId(), target.id(), target.credentials().platform().id(), externalId,
                null, null, null, null, null, null, null, null, null, true, version));
        return Outcome.DELETED;
    }

    /** Live products of the connection not seen since {@code since}: gone from the channel. */
    List<String> unseenSince(SyncTarget target, Instant since, int limit) {
        return jdbc.sql("""
                select external_id from product_versions where connection_id = ? and not deleted and last_seen_at < ?
                order by external_id limit ?""")
                .params(target.id(), Timestamp.from(since), limit).query(String.class).list();
    }

    private Optional<Recorded> lock(SyncTarget target, String externalId) {
        return jdbc.sql("""
                select content_hash, source_updated_at, deleted from product_versions
                where connection_id = ? and external_id = ? for update""")
                .params(target.id(), externalId)
                .query((rs, n) -> new Recorded(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3))).optional();
    }

    private void publish(SyncTarget target, ChannelProduct p, Instant version, boolean deleted) {
        events.publish(new ProductSynced(target.ownerId(), target.id(), target.credentials().platform().id(), p.externalId(),
                p.sku(), p.title(), p.description(), p.images(), p.price(), currency(target, p), p.stock(), p.status(), p.gtin(),
                deleted, version));
    }

    private static String currency(SyncTarget target, ChannelProduct p) {
        return p.currency() != null ? p.currency() : target.currency() != null ? target.currency() : "EUR";
    }

    static String hash(ChannelProduct p, SyncTarget target) {
        String canonical = String.join("\u001f", Objects.toString(p.sku()), Objects.toString(p.title()),
                Objects.toString(p.description()), String.valueOf(p.images()),
                p.price() == null ? "null" : p.price().stripTrailingZeros().toPlainString(), currency(target, p),
                Objects.toString(p.stock()), Objects.toString(p.status()), Objects.toString(p.gtin()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
