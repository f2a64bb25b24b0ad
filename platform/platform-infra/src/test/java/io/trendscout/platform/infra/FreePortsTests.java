package io.trendscout.platform.infra;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTests {

    @Test
    void portsComeFromBelowTheEphemeralRangeAndAreNotHandedOutTwice() {
        int ephemeralStart = FreePorts.ephemeralRangeStart();
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.find();
            assertThat(FreePorts.isFree(port)).isTrue();
            if (ephemeralStart > 11_000) {
                assertThat(port).isBetween(10_000, ephemeralStart - 1);
            }
            ports.add(port);
        }
        assertThat(ports).hasSize(50);
    }
}
