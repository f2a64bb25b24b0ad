package io.trendscout.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import com.nimbusds.jwt.JWTParser;

/**
 * Builds the token decoder every service uses: platform tokens verified against the
 * security-service JWKS (asymmetric algorithms only, so {@code alg: none} and HS256 forgeries
 * fail), issuer and audience checked; optionally a Keycloak realm as a second issuer, chosen by
 * the token's {@code iss}.
 */
public final class TokenDecoders {

    private TokenDecoders() {
    }

    public static JwtDecoder forProperties(PlatformSecurityProperties properties) {
        JwtDecoder platform = decoder(properties.jwkSetUri(), properties.issuer(), properties.audience());
        PlatformSecurityProperties.Keycloak keycloak = properties.keycloak();
        if (keycloak == null || !keycloak.enabled()) {
            return platform;
        }
        JwtDecoder realm = decoder(keycloak.effectiveJwkSetUri(), keycloak.issuerUri(), keycloak.audience());
        return token -> issuerOf(token).equals(keycloak.issuerUri()) ? realm.decode(token) : platform.decode(token);
    }

    static JwtDecoder decoder(String jwkSetUri, String issuer, String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithms(algorithms -> {
                    algorithms.add(SignatureAlgorithm.ES256);
                    algorithms.add(SignatureAlgorithm.RS256);
                })
                .build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer));
        if (audience != null && !audience.isBlank()) {
            validators.add(audienceValidator(audience));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> audienceValidator(String audience) {
        return jwt -> {
            List<String> aud = jwt.getAudience();
            Object azp = jwt.getClaims().get("azp");
            boolean ok = (aud != null && aud.contains(audience)) || audience.equals(azp);
            return ok ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not meant for this API", null));
        };
    }

    private static String issuerOf(String token) {
        try {
            Object iss = JWTParser.parse(token).getJWTClaimsSet().getClaim(JwtClaimNames.ISS);
            return iss == null ? "" : iss.toString();
        } catch (java.text.ParseException | RuntimeException ex) {
            throw new BadJwtException("Malformed token");
        }
    }
}
