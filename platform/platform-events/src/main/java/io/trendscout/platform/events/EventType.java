package io.trendscout.platform.events;

/**
 * A kind of platform event: its name in the envelope, the Kafka topic it travels on
 * ({@code <domain>.<event>.v<version>}) and the version of its payload schema, which the envelope
 * carries. A breaking change gets a new topic ({@code version}); an additive one (new optional
 * fields that old consumers ignore) only raises {@code schemaVersion} and stays on the topic, so
 * consumers of the older schema keep reading it.
 */
public record EventType(String domain, String name, String topicName, int version, int schemaVersion) {

    /** A type whose payload schema is still the first of its topic. */
    public EventType(String domain, String name, String topicName, int version) {
        this(domain, name, topicName, version, version);
    }

    public EventType {
        if (schemaVersion < version) {
            throw new IllegalArgumentException("The schema version of " + name + " is older than its topic");
        }
    }

    public String topic() {
        return domain + "." + topicName + ".v" + version;
    }

    public String deadLetterTopic() {
        return topic() + ".DLT";
    }
}
