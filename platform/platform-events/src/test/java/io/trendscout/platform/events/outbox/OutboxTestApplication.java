package io.trendscout.platform.events.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.UserErased;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** A minimal service using the platform's outbox and inbox the way every real service does. */
@SpringBootApplication
class OutboxTestApplication {

    @Service
    static class Accounts {

        private final JdbcTemplate jdbc;
        private final EventPublisher events;

        Accounts(JdbcTemplate jdbc, EventPublisher events) {
            this.jdbc = jdbc;
            this.events = events;
        }

        @Transactional
        public UUID erase() {
            UUID id = UUID.randomUUID();
            jdbc.update("insert into account (id, erased_at) values (?, now())", id);
            events.publish(new UserErased(id, Instant.now()));
            return id;
        }

        @Transactional
        public List<UUID> eraseMany(int count) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(erase());
            }
            return ids;
        }

        @Transactional
        public void eraseThenFail() {
            UUID id = UUID.randomUUID();
            jdbc.update("insert into account (id, erased_at) values (?, now())", id);
            events.publish(new UserErased(id, Instant.now()));
            throw new IllegalStateException("business rule broke after publishing");
        }
    }

    @Component
    static class ErasureListener {

        private final EventInbox inbox;
        private final JdbcTemplate jdbc;
        private final JsonMapper json;

        ErasureListener(EventInbox inbox, JdbcTemplate jdbc, JsonMapper json) {
            this.inbox = inbox;
            this.jdbc = jdbc;
            this.json = json;
        }

        @KafkaListener(topics = "identity.user-erased.v1")
        void on(String value) {
            inbox.handleOnce("outbox-test", ReceivedEvent.parse(value, json), event -> {
                UserErased erased = event.payloadAs(UserErased.class);
                jdbc.update("insert into erasure_seen (event_id, user_id) values (?, ?)", event.id(), erased.userId());
            });
        }
    }
}
