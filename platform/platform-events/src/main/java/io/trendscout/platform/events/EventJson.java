package io.trendscout.platform.events;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serializes events for the publication table with the application's {@link JsonMapper}, looked
 * up once. Modulith's own serializer asks the bean factory for the mapper on every event, which
 * was a tenth of the time a shop sync spent recording a page of a hundred products.
 */
final class EventJson implements EventSerializer {

    private final SingletonSupplier<JsonMapper> mapper;

    EventJson(ObjectProvider<JsonMapper> mapper) {
        this.mapper = SingletonSupplier.of(mapper::getObject);
    }

    @Override
    public Object serialize(Object event) {
        return mapper.obtain().writeValueAsString(event);
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
        return mapper.obtain().readerFor(type).readValue(serialized.toString());
    }
}
