package io.trendscout.platform.events;

/** A payload that can be published: it names its type and the aggregate it is about (the Kafka key). */
public interface EventPayload {

    EventType eventType();

    /** The aggregate id; events of one aggregate share a partition and so stay in order. */
    String subject();
}
