package io.trendscout.gateway.edge;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTests {

    @Test
    void keepsSaneIdsAndReplacesOthers() {
        assertThat(RequestIdFilter.requestId("abc-123_x.y:z")).isEqualTo("abc-123_x.y:z");
        for (String insane : new String[] {null, "", "has space", "a".repeat(65), "inject\r\nX-Admin: 1"}) {
            UUID generated = UUID.fromString(RequestIdFilter.requestId(insane));
            assertThat(generated.version()).isEqualTo(4);
            assertThat(generated.variant()).isEqualTo(2);
        }
    }
}
