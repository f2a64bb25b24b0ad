package io.trendscout.security.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

    @Test
    void forwardedForCountsOnlyFromATrustedProxy() {
        ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.0/8", "::1/128", "10.20.0.0/16"));

        MockHttpServletRequest direct = new MockHttpServletRequest();
        direct.setRemoteAddr("198.51.100.7");
        direct.addHeader("X-Forwarded-For", "203.0.113.99");
        assertThat(addresses.of(direct).value()).as("a caller on the service port chooses nothing").isEqualTo("198.51.100.7");

        MockHttpServletRequest viaGateway = new MockHttpServletRequest();
        viaGateway.setRemoteAddr("10.20.3.4");
        viaGateway.addHeader("X-Forwarded-For", "203.0.113.99");
        assertThat(addresses.of(viaGateway).value()).isEqualTo("203.0.113.99");

        MockHttpServletRequest loopback6 = new MockHttpServletRequest();
        loopback6.setRemoteAddr("0:0:0:0:0:0:0:1");
        loopback6.addHeader("X-Forwarded-For", "203.0.113.98");
        assertThat(addresses.of(loopback6).value()).isEqualTo("203.0.113.98");
    }

    @Test
    void byDefaultOnlyLoopbackIsTrusted() {
        ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.0/8", "::1/128"));
        assertThat(addresses.isTrustedProxy("127.0.0.1")).isTrue();
        assertThat(addresses.isTrustedProxy("10.0.0.1")).isFalse();
        assertThat(addresses.isTrustedProxy("not-an-address")).isFalse();
    }
}
