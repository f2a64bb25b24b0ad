package io.trendscout.product.catalog.merchant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.ProductSynced;
import io.trendscout.product.catalog.Channel;
import io.trendscout.product.catalog.ErasedMerchants;
import io.trendscout.product.catalog.Listing;
import io.trendscout.product.catalog.Listings;
import io.trendscout.product.catalog.Listings.Source;
import io.trendscout.product.catalog.Products;
import io.trendscout.product.catalog.Products.NewProduct;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies one poll of {@code ProductSynced} records in one transaction, with the outcome of applying them one by
 * one in order:
 * <ul>
 * <li>every event is claimed in the inbox first (one statement for the poll), in that transaction, so
 * re-deliveries change nothing;</li>
 * <li>a source seen for the first time, once in the batch, not deleted and with no product of the merchant to
 * join by GTIN (neither stored nor elsewhere in the batch) is independent of everything else: those are inserted
 * together, one multi-row statement for the products and one for the listings;</li>
 * <li>all other events (newer or stale versions, deletions, GTIN joins, several versions of one source in a
 * poll) go through {@link SyncedProducts#apply} in the poll's order: last writer wins by source time as before.</li>
 * </ul>
 * If that transaction fails, none of it stays and the records are applied one transaction each; the first one
 * that still fails is handed to the error handler as the failed record (the ones before it are done, it is
 * retried and then dead-lettered, the ones after it are redelivered). A malformed record ends the batch the same
 * way once the records before it are applied, and goes to the dead-letter topic without retries.
 */
@Component
class SyncedBatch {

    static final String CONSUMER = "product-synced";
    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final Logger log = LoggerFactory.getLogger(SyncedBatch.class);

    private final EventInbox inbox;
    private final SyncedProducts synced;
    private final Products products;
    private final Listings listings;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final ErasedMerchants erased;

    SyncedBatch(EventInbox inbox, SyncedProducts synced, Products products, Listings listings, JsonMapper json,
            TransactionTemplate transactions, JdbcClient jdbc, ErasedMerchants erased) {
        this.jdbc = jdbc;
        this.erased = erased;
        this.inbox = inbox;
        this.synced = synced;
        this.products = products;
        this.listings = listings;
        this.json = json;
        this.transactions = transactions;
    }

    private record Parsed(ReceivedEvent event, ProductSynced payload, Channel channel) {

        Source source() {
            return new Source(payload.merchantId(), channel, payload.externalId());
        }

        Map.Entry<UUID, String> gtin() {
            return Map.entry(payload.merchantId(), payload.gtin());
        }
    }

    void apply(List<ConsumerRecord<String, String>> records) {
        List<Parsed> parsed = new ArrayList<>(records.size());
        RuntimeException malformed = null;
        for (ConsumerRecord<String, String> record : records) {
            try {
                ReceivedEvent event = ReceivedEvent.parse(record.value(), json);
                ProductSynced payload = event.payloadAs(ProductSynced.class);
                parsed.add(new Parsed(event, payload, SyncedProducts.validate(payload)));
            } catch (RuntimeException ex) {
                malformed = ex;
                break;
            }
        }
        applyAll(records, parsed);
        if (malformed != null) {
            throw new BatchListenerFailedException("Malformed ProductSynced", malformed, records.get(parsed.size()));
        }
    }

    private void applyAll(List<ConsumerRecord<String, String>> records, List<Parsed> parsed) {
        if (parsed.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> inOneTransaction(parsed));
        } catch (RuntimeException batchFailed) {
            log.warn("A batch of {} ProductSynced records failed ({}); applying them one at a time", parsed.size(),
                    batchFailed.toString());
            for (int i = 0; i < parsed.size(); i++) {
                Parsed p = parsed.get(i);
                try {
                    inbox.handleOnce(CONSUMER, p.event(), e -> synced.apply(p.payload()));
                } catch (RuntimeException ex) {
                    throw new BatchListenerFailedException("ProductSynced could not be applied", ex, records.get(i));
                }
            }
        }
    }

    private void inOneTransaction(List<Parsed> parsed) {
        Set<UUID> claimed = claim(parsed.stream().map(p -> p.event().id()).distinct().toList());
        Set<UUID> erasedMerchants = erased.among(parsed.stream().map(p -> p.payload().merchantId()).distinct().toList());
        List<Parsed> fresh = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            if (claimed.remove(p.event().id()) && !erasedMerchants.contains(p.payload().merchantId())) {
                fresh.add(p);
            }
        }
        Set<Parsed> inserted = Collections.newSetFromMap(new IdentityHashMap<>());
        inserted.addAll(newSources(fresh));
        insert(inserted.stream().toList());
        for (Parsed p : fresh) {
            if (!inserted.contains(p)) {
                synced.apply(p.payload());
            }
        }
    }

    /**
     * The inbox claim of {@link EventInbox#handleOnce} for a whole poll in one statement (same table, same
     * transaction as the effects): returns the ids not handled before.
     */
    private Set<UUID> claim(List<UUID> ids) {
        return new HashSet<>(jdbc.sql("""
                insert into processed_event (consumer, event_id, processed_at)
                select :consumer, id, now() from unnest(cast(:ids as uuid[])) id
                on conflict do nothing returning event_id""")
                .param("consumer", CONSUMER).param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** The fresh events that create a product of their own and touch nothing else in the batch or the catalog. */
    private List<Parsed> newSources(List<Parsed> fresh) {
        Map<Source, Long> perSource = fresh.stream().collect(Collectors.groupingBy(Parsed::source, Collectors.counting()));
        Map<Map.Entry<UUID, String>, Long> perGtin = fresh.stream().filter(p -> p.payload().gtin() != null)
                .collect(Collectors.groupingBy(Parsed::gtin, Collectors.counting()));
        List<Parsed> candidates = fresh.stream()
                .filter(p -> !p.payload().deleted() && perSource.get(p.source()) == 1
                        && (p.payload().gtin() == null || perGtin.get(p.gtin()) == 1))
                .toList();
        Set<Source> existing = listings.existingSources(candidates.stream().map(Parsed::source).toList());
        Set<Map.Entry<UUID, String>> joinable = listings.liveGtins(
                candidates.stream().filter(p -> p.payload().gtin() != null).map(Parsed::gtin).toList());
        return candidates.stream()
                .filter(p -> !existing.contains(p.source()) && (p.payload().gtin() == null || !joinable.contains(p.gtin())))
                .toList();
    }

    private void insert(List<Parsed> events) {
        for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
            List<Parsed> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT));
            Map<Parsed, UUID> productIds = chunk.stream()
                    .collect(Collectors.toMap(Function.identity(), p -> UUID.randomUUID(), (a, b) -> a, IdentityHashMap::new));
            var now = products.now();
            products.insertAll(chunk.stream()
                    .map(p -> new NewProduct(productIds.get(p), SyncedProducts.draft(p.payload()), p.payload().merchantId(), now))
                    .toList());
            List<Listing> rows = chunk.stream()
                    .map(p -> SyncedProducts.listing(p.payload(), p.channel(), productIds.get(p), UUID.randomUUID()))
                    .toList();
            if (listings.insertAllSynced(rows) != rows.size()) {
                throw new IllegalStateException("A concurrent sync inserted one of these sources first");
            }
        }
    }
}
