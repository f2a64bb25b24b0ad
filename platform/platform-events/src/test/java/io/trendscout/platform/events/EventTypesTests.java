package io.trendscout.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.events.contracts.StatsFetched;
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
            assertThat(schema.path("x-schemaVersion").asInt(1)).as(type.name() + " payload schema version")
                    .isEqualTo(type.schemaVersion());
        }
    }

    @Test
    void statsFetchedGainedItsVideosOnTheSameTopicWithSchemaVersion2() throws IOException {
        assertThat(EventTypes.STATS_FETCHED.topic()).isEqualTo("tiktok.stats-fetched.v1");
        assertThat(EventTypes.STATS_FETCHED.schemaVersion()).isEqualTo(2);
        JsonNode schema = schema("stats-fetched.v1.schema.json");
        JsonNode payload = json.valueToTree(statsWithVideos());
        assertConformsTo(payload, schema, "StatsFetched");
        JsonNode videoSchema = schema.path("properties").path("videos").path("items");
        assertThat(payload.path("videos")).hasSize(2);
        payload.path("videos").forEach(video -> assertConformsTo(video, videoSchema, "StatsFetched.videos[]"));
        assertThat(payload.at("/videos/0/createTime").isString()).as("date-time as text").isTrue();
    }

    @Test
    void aConsumerOfSchema1ReadsASchema2EventAndSchema1EventsStillReadWithoutVideos() {
        StatsFetched stats = statsWithVideos();
        EventEnvelope published = new EventEnvelope(UUID.randomUUID(), "StatsFetched", 2, Instant.now(), "tiktok-service",
                stats.subject(), stats);
        ReceivedEvent received = ReceivedEvent.parse(json.writeValueAsString(published), json);
        assertThat(received.version()).isEqualTo(2);
        StatsFetchedSchema1 old = received.payloadAs(StatsFetchedSchema1.class);
        assertThat(old.userId()).isEqualTo(stats.userId());
        assertThat(old.hashtags()).isEqualTo(stats.hashtags());
        assertThat(received.payloadAs(StatsFetched.class)).isEqualTo(stats);

        StatsFetched schema1 = new StatsFetched(stats.userId(), "open", "Creator", 10, 20, 2, 1.5, 100, stats.hashtags(),
                stats.fetchedAt());
        EventEnvelope v1 = new EventEnvelope(UUID.randomUUID(), "StatsFetched", 1, Instant.now(), "tiktok-service",
                schema1.subject(), new StatsFetchedSchema1(schema1.userId(), "open", "Creator", 10, 20, 2, 1.5, 100,
                        schema1.hashtags(), schema1.fetchedAt()));
        StatsFetched read = ReceivedEvent.parse(json.writeValueAsString(v1), json).payloadAs(StatsFetched.class);
        assertThat(read).isEqualTo(schema1);
        assertThat(read.videos()).as("a schema 1 event carries no per-video data").isNull();
    }

    /** The payload as the first schema defined it: what a consumer built against version 1 reads. */
    record StatsFetchedSchema1(UUID userId, String openId, String displayName, long followers, long likes, long videoCount,
            double engagementRate, long averageViews, List<StatsFetched.HashtagPerformance> hashtags, Instant fetchedAt) {
    }

    private static StatsFetched statsWithVideos() {
        Instant at = Instant.parse("2026-03-01T10:15:00Z");
        return new StatsFetched(UUID.randomUUID(), "open", "Creator", 10, 20, 2, 1.5, 100,
                List.of(new StatsFetched.HashtagPerformance("#diy", 2, 300, 20, 3, 1, 1)), at,
                List.of(new StatsFetched.Video("7300000000000000001", at.minusSeconds(7200), List.of("diy", "woodworking"),
                                100, 10, 2, 1),
                        new StatsFetched.Video("7300000000000000002", at.minusSeconds(3600), List.of("diy"), 200, 10, 1, 0)),
                List.of("7300000000000000000"));
    }

    /** Every field is declared in the schema with a matching JSON type, and every required one is present. */
    private static void assertConformsTo(JsonNode instance, JsonNode schema, String what) {
        JsonNode properties = schema.path("properties");
        schema.path("required").forEach(required -> assertThat(instance.has(required.asString()))
                .as(what + " lacks required " + required.asString()).isTrue());
        for (var field : instance.properties()) {
            JsonNode declared = properties.path(field.getKey());
            assertThat(declared.isMissingNode()).as(what + "." + field.getKey() + " is not in the schema").isFalse();
            assertThat(declared.path("type").toString()).as(what + "." + field.getKey())
                    .contains('"' + jsonType(field.getValue()) + '"');
        }
    }

    private static String jsonType(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        return value.isString() ? "string" : value.isArray() ? "array" : value.isObject() ? "object" : "boolean";
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
