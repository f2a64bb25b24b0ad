package io.trendscout.security.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Resolves {@link ClientAddress} with the configured trust in {@code X-Forwarded-For}. */
@Component
public class ClientAddresses {

    private final boolean trustForwardedFor;

    ClientAddresses(@Value("${trendscout.security.trust-forwarded-for:true}") boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    public ClientAddress of(HttpServletRequest request) {
        return ClientAddress.of(request, trustForwardedFor);
    }
}
