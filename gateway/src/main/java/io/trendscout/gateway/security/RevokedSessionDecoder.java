package io.trendscout.gateway.security;

import io.trendscout.platform.identity.RevokedSessions;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Refuses tokens whose session ({@code sid}) was revoked. Wraps the {@link VerifiedTokenCache},
 * so a token verified before its session was revoked is refused as well.
 */
final class RevokedSessionDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final RevokedSessions revoked;

    RevokedSessionDecoder(ReactiveJwtDecoder decoder, RevokedSessions revoked) {
        this.decoder = decoder;
        this.revoked = revoked;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return decoder.decode(token).flatMap(jwt -> revoked.isRevoked(jwt)
                ? Mono.error(new BadJwtException("The session of this token was revoked"))
                : Mono.just(jwt));
    }
}
