package io.trendscout.security.codes;

import java.time.Duration;
import java.time.Instant;

/** A freshly issued code: the plain value exists only here, on its way into a mail. */
public record IssuedCode(String code, Instant expiresAt, Duration validity) {

    @Override
    public String toString() {
        return "IssuedCode[expiresAt=" + expiresAt + "]";
    }
}
