package io.trendscout.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import io.trendscout.platform.events.contracts.UserErased;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReceivedEventTests {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void readsAnEnvelopeAsPublished() {
        UUID user = UUID.randomUUID();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "UserErased", 1, Instant.parse("2026-01-01T00:00:00Z"),
                "security-service", user.toString(), new UserErased(user, Instant.parse("2026-01-01T00:00:00Z")));
        ReceivedEvent event = ReceivedEvent.parse(json.writeValueAsString(envelope), json);
        assertThat(event.id()).isEqualTo(envelope.id());
        assertThat(event.type()).isEqualTo("UserErased");
        assertThat(event.payloadAs(UserErased.class).userId()).isEqualTo(user);
    }

    @Test
    void rejectsWhatIsNotAnEnvelope() {
        assertThatThrownBy(() -> ReceivedEvent.parse("not json", json)).isInstanceOf(MalformedEvent.class);
        assertThatThrownBy(() -> ReceivedEvent.parse("{\"id\":\"x\",\"type\":\"A\",\"payload\":{}}", json)).isInstanceOf(MalformedEvent.class);
        assertThatThrownBy(() -> ReceivedEvent.parse("{}", json)).isInstanceOf(MalformedEvent.class);
        assertThatThrownBy(() -> ReceivedEvent.parse("", json)).isInstanceOf(MalformedEvent.class);
    }
}
