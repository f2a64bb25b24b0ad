package io.trendscout.security.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTests {

    @Test
    void behindTheGatewayTheLastForwardedHopCounts() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.2");
        request.addHeader("X-Forwarded-For", "1.2.3.4, 203.0.113.9");
        assertThat(ClientAddress.of(request, true).value()).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of(request, false).value()).isEqualTo("10.0.0.2");
    }

    @Test
    void withoutForwardingTheRemoteAddressCounts() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.1");
        assertThat(ClientAddress.of(request, true).value()).isEqualTo("192.0.2.1");
    }
}
