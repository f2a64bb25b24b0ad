package io.trendscout.security.shared;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Resolves {@link ClientAddress}: {@code X-Forwarded-For} counts only when the direct peer is one
 * of the trusted proxies (the gateway), so a caller reaching the service port directly cannot
 * choose the address the login lockouts are keyed on.
 */
@Component
public class ClientAddresses {

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddresses(@Value("${trendscout.security.trusted-proxies:127.0.0.0/8,::1/128}") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(cidr -> !cidr.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    public ClientAddress of(HttpServletRequest request) {
        return ClientAddress.of(request, isTrustedProxy(request.getRemoteAddr()));
    }

    boolean isTrustedProxy(String peer) {
        if (peer == null) {
            return false;
        }
        try {
            return trustedProxies.stream().anyMatch(proxy -> proxy.matches(peer));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
