package io.trendscout.platform.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring Modulith's JDBC publication registry with one change: publications created inside a
 * transaction are written together, as one JDBC batch just before it commits, instead of one
 * INSERT round trip per event. A shop sync page publishes a hundred events in one transaction;
 * their round trips were most of its recording time. Same rows, same columns, same transaction
 * (a rollback writes nothing, a failed batch rolls the business change back); everything else
 * goes to Modulith's repository unchanged.
 */
final class BatchedPublicationInserts implements EventPublicationRepository {

    /** The V2 registry's insert (spring-modulith-events-jdbc 2.0, schema with status columns). */
    private static final String INSERT = """
            INSERT INTO EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS,
              COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final EventPublicationRepository delegate;
    private final JdbcTemplate jdbc;
    private final EventSerializer serializer;

    BatchedPublicationInserts(EventPublicationRepository delegate, JdbcTemplate jdbc, EventSerializer serializer) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.serializer = serializer;
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
            if (synchronization instanceof Pending pending && pending.owner() == this) {
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

    private record Pending(BatchedPublicationInserts owner, List<TargetEventPublication> publications)
            implements TransactionSynchronization {

        Pending(BatchedPublicationInserts owner) {
            this(owner, new ArrayList<>());
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!publications.isEmpty()) {
                owner.insert(publications);
                publications.clear();
            }
        }
    }

    // Everything below: Modulith's repository as it is.

    @Override
    public void markProcessing(UUID identifier) {
        delegate.markProcessing(identifier);
    }

    @Override
    public void markCompleted(TargetEventPublication publication, Instant completionDate) {
        delegate.markCompleted(publication, completionDate);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        delegate.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        delegate.markCompleted(identifier, completionDate);
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
