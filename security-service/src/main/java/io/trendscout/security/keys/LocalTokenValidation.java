package io.trendscout.security.keys;

import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.trendscout.platform.security.PlatformSecurityProperties;
import io.trendscout.platform.security.TokenDecoders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The security service validates its own tokens in-process, from the key table, instead of
 * fetching its own JWKS over HTTP (which would not exist yet while it starts). The platform's
 * decoder backs off because this bean exists. Same rules as every other service: ES256 only
 * (so {@code alg: none} and HS256 forgeries fail), known kid, issuer, audience, expiry. Tokens of
 * a configured Keycloak realm still go to the platform decoder.
 */
@Configuration(proxyBeanMethods = false)
class LocalTokenValidation {

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, PlatformSecurityProperties properties) {
        JWKSource<SecurityContext> source = (selector, context) -> selector.select(keys.publicKeysFor(kidOf(selector)));
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, source));
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        NimbusJwtDecoder own = new NimbusJwtDecoder(processor);
        own.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                JwtValidators.createDefaultWithIssuer(properties.issuer()), audience(properties.audience()))));
        PlatformSecurityProperties.Keycloak keycloak = properties.keycloak();
        if (keycloak == null || !keycloak.enabled()) {
            return own;
        }
        JwtDecoder realm = TokenDecoders.forProperties(properties);
        return token -> keycloak.issuerUri().equals(issuerOf(token)) ? realm.decode(token) : own.decode(token);
    }

    static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not meant for this API", null));
    }

    private static String kidOf(JWKSelector selector) {
        var ids = selector.getMatcher().getKeyIDs();
        return ids == null || ids.isEmpty() ? null : ids.iterator().next();
    }

    private static String issuerOf(String token) {
        try {
            Object iss = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
            return iss == null ? "" : iss.toString();
        } catch (java.text.ParseException | RuntimeException ex) {
            throw new BadJwtException("Malformed token");
        }
    }
}
