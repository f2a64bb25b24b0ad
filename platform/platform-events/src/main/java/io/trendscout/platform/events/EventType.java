package io.trendscout.platform.events;

/**
 * A kind of platform event: its name in the envelope, its schema version and the Kafka topic it
 * travels on ({@code <domain>.<event>.v<N>}).
 */
public record EventType(String domain, String name, String topicName, int version) {

    public String topic() {
        return domain + "." + topicName + ".v" + version;
    }

    public String deadLetterTopic() {
        return topic() + ".DLT";
    }
}
