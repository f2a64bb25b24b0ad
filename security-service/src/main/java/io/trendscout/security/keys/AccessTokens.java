package io.trendscout.security.keys;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.trendscout.platform.security.PlatformSecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Signs access tokens: ES256 with the current key's {@code kid}; claims {@code iss}, {@code aud},
 * {@code sub} (user id), {@code roles}, {@code tier}, {@code sid} (session), {@code iat},
 * {@code exp} and {@code jti}.
 */
@Service
@EnableConfigurationProperties(TokenProperties.class)
public class AccessTokens {

    private final SigningKeys keys;
    private final TokenProperties properties;
    private final PlatformSecurityProperties platform;
    private final Clock clock = Clock.systemUTC();

    AccessTokens(SigningKeys keys, TokenProperties properties, PlatformSecurityProperties platform) {
        this.keys = keys;
        this.properties = properties;
        this.platform = platform;
    }

    public AccessToken issue(UUID userId, Collection<String> roles, String tier, UUID sessionId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.accessTtl());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(platform.issuer())
                .audience(platform.audience())
                .subject(userId.toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.copyOf(roles))
                .claim("tier", tier)
                .claim("sid", sessionId.toString())
                .build();
        ECKey key = keys.signingKey();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new ECDSASigner(key));
            return new AccessToken(jwt.serialize(), expiresAt);
        } catch (JOSEException ex) {
            throw new IllegalStateException("Could not sign an access token", ex);
        }
    }
}
