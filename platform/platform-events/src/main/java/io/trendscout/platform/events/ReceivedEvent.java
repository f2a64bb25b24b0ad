package io.trendscout.platform.events;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An event read from Kafka: envelope fields plus the payload as JSON, converted on demand. */
public record ReceivedEvent(UUID id, String type, int version, Instant occurredAt, String producer, String subject,
        JsonNode payload, JsonMapper mapper) {

    /** Parses a record value; anything that is not a well-formed envelope is a {@link MalformedEvent}. */
    public static ReceivedEvent parse(String json, JsonMapper mapper) {
        if (json == null || json.isBlank()) {
            throw new MalformedEvent("Empty event");
        }
        try {
            JsonNode node = mapper.readTree(json);
            JsonNode id = node.get("id");
            JsonNode type = node.get("type");
            JsonNode payload = node.get("payload");
            if (id == null || type == null || payload == null || !payload.isObject()) {
                throw new MalformedEvent("Event lacks id, type or payload");
            }
            return new ReceivedEvent(UUID.fromString(id.asString()), type.asString(), node.path("version").asInt(1),
                    node.hasNonNull("occurredAt") ? Instant.parse(node.get("occurredAt").asString()) : Instant.EPOCH,
                    node.path("producer").asString(""), node.path("subject").asString(""), payload, mapper);
        } catch (JacksonException | IllegalArgumentException | java.time.format.DateTimeParseException ex) {
            throw new MalformedEvent("Event is not a valid envelope: " + ex.getClass().getSimpleName());
        }
    }

    public <T> T payloadAs(Class<T> type) {
        try {
            return mapper.treeToValue(payload, type);
        } catch (JacksonException | IllegalArgumentException ex) {
            throw new MalformedEvent("Payload is not a valid " + type.getSimpleName());
        }
    }
}
