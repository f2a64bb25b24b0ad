package io.trendscout.security.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from. Behind the gateway the last {@code X-Forwarded-For} entry is
 * the one the gateway itself saw (entries before it are whatever the client claimed), so that
 * one is used when forwarded headers are trusted.
 */
public record ClientAddress(String value) {

    private static final int MAX_LENGTH = 64;

    public static ClientAddress of(HttpServletRequest request, boolean trustForwardedFor) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].trim();
            if (!last.isEmpty()) {
                return new ClientAddress(clip(last));
            }
        }
        return new ClientAddress(clip(request.getRemoteAddr()));
    }

    private static String clip(String address) {
        String value = address == null ? "unknown" : address;
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }
}
