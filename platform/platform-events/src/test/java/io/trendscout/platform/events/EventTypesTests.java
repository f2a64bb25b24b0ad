package io.trendscout.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.contracts.UserPreferencesChanged;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventTypesTests {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void everyTypeHasASchemaNamingItsTopicAndIsAllowedByTheEnvelope() throws IOException {
        JsonNode envelope = schema("envelope.schema.json");
        for (EventType type : EventTypes.ALL) {
            JsonNode schema = schema(type.topicName() + ".v" + type.version() + ".schema.json");
            assertThat(schema.path("title").asString()).as(type.name()).contains(type.name()).contains(type.topic());
            assertThat(envelope.path("properties").path("type").path("enum").toString()).contains('"' + type.name() + '"');
            assertThat(EventTypes.byName(type.name())).isSameAs(type);
        }
    }

    @Test
    void userPreferencesChangedTravelsOnTheIdentityTopicKeyedByUser() {
        UUID user = UUID.randomUUID();
        var payload = new UserPreferencesChanged(user, List.of("fitness", "beauty"), Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(payload.eventType().topic()).isEqualTo("identity.user-preferences-changed.v1");
        assertThat(payload.subject()).isEqualTo(user.toString());
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), payload.eventType().name(), 1, Instant.now(),
                "security-service", payload.subject(), payload);
        var read = ReceivedEvent.parse(json.writeValueAsString(envelope), json).payloadAs(UserPreferencesChanged.class);
        assertThat(read).isEqualTo(payload);
    }

    private JsonNode schema(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/events/" + name)) {
            assertThat(in).as("schema " + name).isNotNull();
            return json.readTree(in);
        }
    }
}
