package io.trendscout.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs tokens like the security-service (ES256, kid, iss trendscout, aud trendscout-api) with keys made at test time. */
final class TestTokens {

    static final String ISSUER = "trendscout";
    static final String AUDIENCE = "trendscout-api";

    private final List<ECKey> published = new ArrayList<>();

    TestTokens() {
        published.add(newKey());
    }

    static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("k-" + UUID.randomUUID()).generate();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    ECKey current() {
        return published.getLast();
    }

    /** Publishes a new key (rotation with overlap: the old ones stay published). */
    ECKey rotate() {
        ECKey key = newKey();
        published.add(key);
        return key;
    }

    String jwks() {
        return new JWKSet(published.stream().map(k -> (JWK) k.toPublicJWK()).toList()).toString();
    }

    String issue(String subject, String tier, String... roles) {
        return sign(current(), claims(subject, tier, List.of(roles)).build());
    }

    /** A premium USER token of the given login session ({@code sid}). */
    String issueInSession(String subject, String sessionId) {
        return sign(current(), claims(subject, "premium", List.of("USER")).claim("sid", sessionId).build());
    }

    JWTClaimsSet.Builder claims(String subject, String tier, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("roles", roles.isEmpty() ? List.of("USER") : roles)
                .claim("tier", tier)
                .claim("sid", UUID.randomUUID().toString())
                .jwtID(UUID.randomUUID().toString());
    }

    static String sign(ECKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
