package io.trendscout.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import io.trendscout.platform.identity.RevokedSessions;

/**
 * Every {@link JwtDecoder} of the application, the platform's or a service's own (security-service
 * validates its tokens in-process), refuses tokens whose session was revoked: the token is
 * invalid, so a protected request gets a 401 problem and a public one is served anonymously.
 */
final class RevokedSessionCheck implements BeanPostProcessor {

    private final ObjectProvider<RevokedSessions> revoked;

    RevokedSessionCheck(ObjectProvider<RevokedSessions> revoked) {
        this.revoked = revoked;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JwtDecoder decoder && !(bean instanceof Checking)) {
            return new Checking(decoder, revoked);
        }
        return bean;
    }

    private record Checking(JwtDecoder decoder, ObjectProvider<RevokedSessions> revoked) implements JwtDecoder {

        @Override
        public Jwt decode(String token) {
            Jwt jwt = decoder.decode(token);
            RevokedSessions sessions = revoked.getIfAvailable();
            if (sessions != null && sessions.isRevoked(jwt)) {
                throw new BadJwtException("The session of this token was revoked");
            }
            return jwt;
        }
    }
}
