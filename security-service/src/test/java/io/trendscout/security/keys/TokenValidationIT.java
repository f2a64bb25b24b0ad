package io.trendscout.security.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.security.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Forged, expired or misdirected tokens are refused on /api/users/**; rotation keeps old tokens valid. */
@PlatformIntegrationTest
class TokenValidationIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    SigningKeys keys;

    Api api;
    Api.Account account;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        account = api.signUp(Api.uniqueEmail("tokens"));
    }

    @Test
    void tamperedTokensAreUnauthorized() throws Exception {
        assertThat(api.withToken(account.accessToken()).get("/api/users/me").status()).isEqualTo(200);
        ECKey current = keys.signingKey();
        Instant now = Instant.now();

        String[] parts = account.accessToken().split("\\.");
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        assertUnauthorized(none, "alg none");

        SignedJWT hs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(current.getKeyID()).build(),
                claims(now.plusSeconds(300), "trendscout", "trendscout-api"));
        hs256.sign(new MACSigner(current.toECPublicKey().getEncoded()));
        assertUnauthorized(hs256.serialize(), "HS256 with the public key");

        assertUnauthorized(sign(current, claims(now.minusSeconds(300), "trendscout", "trendscout-api")), "expired");
        assertUnauthorized(sign(current, claims(now.plusSeconds(300), "evil", "trendscout-api")), "wrong issuer");
        assertUnauthorized(sign(current, claims(now.plusSeconds(300), "trendscout", "other-api")), "wrong audience");

        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("unknown-" + UUID.randomUUID()).generate();
        assertUnauthorized(sign(stranger, claims(now.plusSeconds(300), "trendscout", "trendscout-api")), "unknown kid");
        ECKey impostor = new ECKeyGenerator(Curve.P_256).keyID(current.getKeyID()).generate();
        assertUnauthorized(sign(impostor, claims(now.plusSeconds(300), "trendscout", "trendscout-api")), "known kid, wrong key");

        String otherSubject = b64(Api.claims(account.accessToken()).toString().replace(account.id().toString(), UUID.randomUUID().toString()));
        assertUnauthorized(parts[0] + "." + otherSubject + "." + parts[2], "payload changed");
        assertUnauthorized("not.a.jwt", "garbage");

        // A correctly signed token of our own is accepted (control).
        assertThat(api.withToken(sign(current, claims(now.plusSeconds(300), "trendscout", "trendscout-api")))
                .get("/api/users/me").status()).isEqualTo(200);
    }

    @Test
    void rotationPublishesTheNewKeyAndOldTokensStayValid() {
        Api.Account admin = api.signUp("admin@trendscout.test");
        assertThat(Api.claims(admin.accessToken()).path("roles").toString()).contains("ADMIN");
        String oldKid = Api.header(account.accessToken()).path("kid").asString();

        Api.Response rotated = api.withToken(admin.accessToken()).post("/api/auth/admin/signing-keys/rotate", null);
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String newKid = rotated.json().path("kid").asString();
        assertThat(newKid).isNotEqualTo(oldKid);

        String jwks = api.get("/.well-known/jwks.json").body();
        assertThat(jwks).contains(oldKid).contains(newKid).doesNotContain("\"d\"");
        assertThat(api.withToken(account.accessToken()).get("/api/users/me").status()).isEqualTo(200);

        Api.Response refreshed = api.post("/api/auth/refresh", Map.of("refreshToken", account.refreshToken()));
        assertThat(Api.header(refreshed.json().path("accessToken").asString()).path("kid").asString()).isEqualTo(newKid);
        assertThat(api.withToken(refreshed.json().path("accessToken").asString()).get("/api/users/me").status()).isEqualTo(200);

        Api.Response listed = api.withToken(admin.accessToken()).get("/api/auth/admin/signing-keys");
        assertThat(listed.body()).contains(newKid).contains(oldKid).doesNotContain("private");
    }

    private JWTClaimsSet claims(Instant expiresAt, String issuer, String audience) {
        return new JWTClaimsSet.Builder().subject(account.id().toString()).issuer(issuer).audience(audience)
                .issueTime(Date.from(expiresAt.minusSeconds(600))).expirationTime(Date.from(expiresAt))
                .claim("roles", List.of("USER")).claim("tier", "basic").jwtID(UUID.randomUUID().toString()).build();
    }

    private static String sign(ECKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private void assertUnauthorized(String token, String what) {
        Api.Response response = api.withToken(token).get("/api/users/me");
        assertThat(response.status()).as(what + ": " + response).isEqualTo(401);
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
