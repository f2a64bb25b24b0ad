package io.trendscout.platform.events;

import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotent consumption: inserts {@code (consumer, event id)} first, in the same transaction as
 * the handler's side effects. A duplicate key means the event was already handled, so it is
 * skipped; a failing handler rolls the marker back so the event is retried.
 */
public class EventInbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public EventInbox(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs the handler once per (consumer, event id); returns false when it was a duplicate. */
    public boolean handleOnce(String consumer, ReceivedEvent event, Consumer<ReceivedEvent> handler) {
        Boolean handled = transactions.execute(status -> {
            int inserted = jdbc.update(
                    "insert into processed_event (consumer, event_id, processed_at) values (?, ?, now()) on conflict do nothing",
                    consumer, event.id());
            if (inserted == 0) {
                return false;
            }
            handler.accept(event);
            return true;
        });
        return Boolean.TRUE.equals(handled);
    }
}
