package io.trendscout.security;

import tools.jackson.databind.JsonNode;

/** Lets tests in other packages read platform events the way {@link IdentityJourneyIT} does. */
public final class IdentityJourneyITAccess {

    private IdentityJourneyITAccess() {
    }

    public static JsonNode awaitEvent(String topic, String key) {
        return IdentityJourneyIT.awaitEvent(topic, key);
    }
}
