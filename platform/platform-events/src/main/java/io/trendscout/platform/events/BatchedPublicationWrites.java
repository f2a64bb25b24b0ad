package io.trendscout.platform.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring Modulith's JDBC publication registry with its two per-event writes batched:
 * <ul>
 * <li>publications created inside a transaction are written together, as one JDBC batch just
 * before it commits, instead of one INSERT round trip per event (a shop sync page publishes a
 * hundred events in one transaction; their round trips were most of its recording time). Same
 * rows, same transaction: a rollback writes nothing, a failed batch rolls the business change back;
 * <li>in completion mode {@code delete}, acknowledged publications are deleted by a writer thread
 * in batches every few milliseconds instead of one DELETE each on the Kafka producer's network
 * thread, which held up every following send. A crash before the batch is written leaves them
 * incomplete, so they are sent again: consumers deduplicate;
 * <li>the {@code PROCESSING} mark Modulith sets before each send is written by the same thread in
 * batches, instead of a transaction with one UPDATE per event on the sending thread. The status
 * is informational (re-sending looks at the completion date only); it now lags by a few
 * milliseconds and never overwrites a publication that has failed or completed meanwhile.
 * </ul>
 * Everything else goes to Modulith's repository unchanged.
 */
final class BatchedPublicationWrites implements EventPublicationRepository, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BatchedPublicationWrites.class);
    private static final int IDS_PER_BATCH = 1000;

    /** The V2 registry's insert (spring-modulith-events-jdbc 2.0, schema with status columns). */
    private static final String INSERT = """
            INSERT INTO EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS,
              COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Modulith's PROCESSING mark for many ids; only publications still waiting for a send attempt. */
    private static final String MARK_PROCESSING = """
            UPDATE EVENT_PUBLICATION SET STATUS = 'PROCESSING'
            WHERE ID = ANY(?) AND COMPLETION_DATE IS NULL AND STATUS IN ('PUBLISHED', 'RESUBMITTED')""";

    private final EventPublicationRepository delegate;
    private final JdbcTemplate jdbc;
    private final EventSerializer serializer;
    private final boolean deleteOnCompletion;
    private final Queue<UUID> processing = new ConcurrentLinkedQueue<>();
    private final Queue<UUID> completed = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService statusWriter;

    BatchedPublicationWrites(EventPublicationRepository delegate, JdbcTemplate jdbc, EventSerializer serializer,
            boolean deleteOnCompletion) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.deleteOnCompletion = deleteOnCompletion;
        this.statusWriter = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("outbox-status").daemon().factory());
        statusWriter.scheduleWithFixedDelay(this::writeStatusChanges, 20, 20, TimeUnit.MILLISECONDS);
    }

    @Override
    public void markProcessing(UUID identifier) {
        processing.add(identifier);
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        if (deleteOnCompletion) {
            completed.add(identifier);
        } else {
            delegate.markCompleted(identifier, completionDate);
        }
    }

    /** Processing marks first: a publication completed in the same interval is then already gone. */
    private void writeStatusChanges() {
        drain(processing, batch -> jdbc.update(MARK_PROCESSING, statement -> statement.setArray(1,
                statement.getConnection().createArrayOf("uuid", batch.toArray()))), "mark as processing");
        drain(completed, delegate::deletePublications, "delete completed");
    }

    private static void drain(Queue<UUID> queue, Consumer<List<UUID>> write, String what) {
        while (!queue.isEmpty()) {
            List<UUID> batch = new ArrayList<>();
            UUID id;
            while (batch.size() < IDS_PER_BATCH && (id = queue.poll()) != null) {
                batch.add(id);
            }
            try {
                write.accept(batch);
            } catch (RuntimeException ex) {
                queue.addAll(batch);
                log.warn("Could not {} {} event publications, retrying: {}", what, batch.size(), ex.getMessage());
                return;
            }
        }
    }

    @Override
    public void destroy() {
        statusWriter.shutdown();
        writeStatusChanges();
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return delegate.create(publication);
        }
        pending().publications.add(publication);
        return publication;
    }

    /** This transaction's batch; synchronizations are suspended with their transaction, so an inner one gets its own. */
    private Pending pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner == this) {
                return pending;
            }
        }
        Pending pending = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private void insert(List<TargetEventPublication> publications) {
        List<Object[]> rows = new ArrayList<>(publications.size());
        for (TargetEventPublication p : publications) {
            Timestamp published = Timestamp.from(p.getPublicationDate());
            rows.add(new Object[] { p.getIdentifier(), p.getEvent().getClass().getName(), p.getTargetIdentifier().getValue(),
                    published, serializer.serialize(p.getEvent()).toString(), p.getStatus().name(), 1, published });
        }
        jdbc.batchUpdate(INSERT, rows);
    }

    /** A transaction's publications (a class, not a record: kept in a hash set while its list grows). */
    private static final class Pending implements TransactionSynchronization {

        private final BatchedPublicationWrites owner;
        private final List<TargetEventPublication> publications = new ArrayList<>();

        Pending(BatchedPublicationWrites owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!publications.isEmpty()) {
                owner.insert(publications);
                publications.clear();
            }
        }
    }

    // Everything below: Modulith's repository as it is (markCompleted(publication, date) is the
    // interface's default, which ends in this class's markCompleted(id, date)).

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        delegate.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markFailed(UUID identifier) {
        delegate.markFailed(identifier);
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        return delegate.markResubmitted(identifier, resubmissionDate);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return delegate.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return delegate.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
            PublicationTargetIdentifier targetIdentifier) {
        return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return delegate.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        delegate.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        delegate.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        delegate.deleteCompletedPublicationsBefore(instant);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        return delegate.findFailedPublications(criteria);
    }

    @Override
    public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
        return delegate.findByStatus(status);
    }

    @Override
    public int countByStatus(EventPublication.Status status) {
        return delegate.countByStatus(status);
    }
}
