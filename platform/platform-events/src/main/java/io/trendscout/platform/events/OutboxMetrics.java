package io.trendscout.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exposes the outbox backlog ({@code trendscout_outbox_incomplete} in Prometheus): publications
 * committed but not yet acknowledged by Kafka. A growing value means Kafka is unreachable or the
 * replica cannot keep up ({@code trendscout_outbox_queued}: events waiting for a sender thread).
 */
public class OutboxMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;
    private final OutboxSender sender;

    public OutboxMetrics(JdbcTemplate jdbc, OutboxSender sender) {
        this.jdbc = jdbc;
        this.sender = sender;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("trendscout.outbox.incomplete", this, OutboxMetrics::incomplete)
                .description("Outbox entries committed but not yet sent to Kafka")
                .register(registry);
        Gauge.builder("trendscout.outbox.queued", sender, OutboxSender::inFlight)
                .description("Committed events queued in this replica for sending to Kafka")
                .register(registry);
    }

    private double incomplete() {
        try {
            Integer count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                    Integer.class);
            return count == null ? 0 : count;
        } catch (RuntimeException ex) {
            return Double.NaN;
        }
    }
}
