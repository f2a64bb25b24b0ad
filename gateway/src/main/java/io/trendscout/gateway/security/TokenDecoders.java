package io.trendscout.gateway.security;

import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jose.jwk.source.JWKSecurityContextJWKSet;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway's token decoder: platform tokens verified against the security-service JWKS,
 * tokens of the configured Keycloak realm against the realm's JWKS, chosen by the (unverified)
 * {@code iss}; the chosen decoder then verifies signature, issuer, audience and lifetime. Only
 * ES256 and RS256 are accepted, so {@code alg: none} and HMAC forgeries fail.
 */
final class TokenDecoders {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256);

    private TokenDecoders() {
    }

    static ReactiveJwtDecoder forProperties(GatewaySecurityProperties properties, WebClient web, Clock clock) {
        ReactiveJwtDecoder platform = decoder(new CachedJwkSet(properties.jwkSetUri(), web, properties.jwks(), clock),
                properties.issuer(), properties.audience());
        GatewaySecurityProperties.Keycloak keycloak = properties.keycloak();
        if (!keycloak.enabled()) {
            return platform;
        }
        ReactiveJwtDecoder realm = decoder(new CachedJwkSet(keycloak.effectiveJwkSetUri(), web, properties.jwks(), clock),
                keycloak.issuerUri(), keycloak.audience());
        return token -> Mono.fromCallable(() -> issuerOf(token))
                .flatMap(issuer -> issuer.equals(keycloak.issuerUri()) ? realm.decode(token) : platform.decode(token));
    }

    static ReactiveJwtDecoder decoder(CachedJwkSet keys, String issuer, String audience) {
        keys.warmUp();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys::keysFor)
                .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(
                        new JWSVerificationKeySelector<>(ALGORITHMS, new JWKSecurityContextJWKSet())))
                .build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer));
        if (audience != null && !audience.isBlank()) {
            validators.add(audience(audience));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** The token must name this API in {@code aud}, or (Keycloak without an audience mapper) as {@code azp}. */
    static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> {
            List<String> aud = jwt.getAudience();
            boolean ok = (aud != null && aud.contains(audience)) || audience.equals(jwt.getClaimAsString("azp"));
            return ok ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not meant for this API", null));
        };
    }

    private static String issuerOf(String token) {
        try {
            Object iss = JWTParser.parse(token).getJWTClaimsSet().getClaim("iss");
            return iss == null ? "" : iss.toString();
        } catch (ParseException | RuntimeException ex) {
            throw new BadJwtException("Malformed token");
        }
    }
}
