package io.trendscout.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.trendscout.platform.identity.PlatformIdentity;
import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.security.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Finding 5b/5d of #18: users of the trusted Keycloak realm get an account of their own on first
 * use, keyed by (issuer, subject); a realm subject equal to a native account's id does not get it.
 * The realm is played by a JWKS served here and tokens signed with its key.
 */
@PlatformIntegrationTest
class KeycloakAccountsIT {

    static final String ISSUER = "http://keycloak.test/realms/trendscout";
    static final ECKey REALM_KEY;
    static final HttpServer REALM;

    static {
        try {
            REALM_KEY = new ECKeyGenerator(Curve.P_256).keyID("realm-" + UUID.randomUUID()).generate();
            REALM = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(REALM_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            REALM.createContext("/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            REALM.start();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    @DynamicPropertySource
    static void realm(DynamicPropertyRegistry registry) {
        registry.add("trendscout.security.keycloak.issuer-uri", () -> ISSUER);
        registry.add("trendscout.security.keycloak.jwk-set-uri", () -> "http://127.0.0.1:" + REALM.getAddress().getPort() + "/certs");
    }

    @AfterAll
    static void stopRealm() {
        REALM.stop(0);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aRealmUserGetsAnAccountOnFirstUseWithProfileNichesSessionsAndErasure() throws Exception {
        String subject = UUID.randomUUID().toString();
        String email = Api.uniqueEmail("realm");
        Api realmUser = api.withToken(realmToken(subject, email, List.of("USER", "MERCHANT", "offline_access")));
        UUID expectedId = PlatformIdentity.externalUserId(ISSUER, subject);

        Api.Response me = realmUser.get("/api/users/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(expectedId.toString());
        assertThat(me.json().path("email").asString()).isEqualTo(email);
        assertThat(me.json().path("firstName").asString()).isEqualTo("Kim");
        assertThat(me.json().path("lastName").asString()).isEqualTo("Realm");
        assertThat(me.json().path("roles").toString()).isEqualTo("[\"USER\",\"MERCHANT\"]");
        assertThat(realmUser.get("/api/users/me").json().path("id").asString()).as("the second call finds the same account")
                .isEqualTo(expectedId.toString());
        assertThat(jdbc.queryForObject("select count(*) from external_identity where issuer = ? and subject = ?", Integer.class,
                ISSUER, subject)).isEqualTo(1);

        Api.Response niches = realmUser.put("/api/users/me", Map.of("preferences", Map.of("primaryNiche", "fitness")));
        assertThat(niches.status()).as(niches.toString()).isEqualTo(200);
        assertThat(realmUser.get("/api/users/me").json().path("preferences").path("primaryNiche").asString()).isEqualTo("fitness");
        Api.Response sessions = realmUser.get("/api/users/me/sessions");
        assertThat(sessions.status()).isEqualTo(200);
        assertThat(sessions.json().size()).isZero();

        // no password here: password change, sign-in and reset do not work for it
        Api.Response change = realmUser.put("/api/users/me/password", Map.of("currentPassword", "Anything-At-All-1",
                "newPassword", "Another-Good-Passphrase-7"));
        assertThat(change.status()).as(change.toString()).isEqualTo(409);
        assertThat(change.problemType()).isEqualTo("password-managed-externally");
        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", "Anything-At-All-1")).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/password-reset", Map.of("email", email)).status()).isEqualTo(202);
        assertThat(Api.countMails(email)).as("no reset code for an external account").isZero();

        assertThat(realmUser.delete("/api/users/me").status()).isEqualTo(204);
        JsonNode erased = io.trendscout.security.IdentityJourneyITAccess.awaitEvent("identity.user-erased.v1", expectedId.toString());
        assertThat(erased.path("payload").path("userId").asString()).isEqualTo(expectedId.toString());
        assertThat(jdbc.queryForObject("select count(*) from account where id = ?", Integer.class, expectedId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from external_identity where subject = ?", Integer.class, subject)).isZero();
    }

    @Test
    void aRealmSubjectEqualToANativeAccountIdDoesNotGetThatAccount() throws Exception {
        Api.Account nativeAccount = api.signUp(Api.uniqueEmail("native"));
        Api impostor = api.withToken(realmToken(nativeAccount.id().toString(), Api.uniqueEmail("impostor"), List.of("USER")));

        Api.Response me = impostor.get("/api/users/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isNotEqualTo(nativeAccount.id().toString());
        assertThat(me.json().path("email").asString()).isNotEqualTo(nativeAccount.email());
        assertThat(impostor.get("/api/users/me/sessions").body()).doesNotContain(nativeAccount.sessionId().toString());
        assertThat(impostor.delete("/api/users/me/sessions/" + nativeAccount.sessionId()).status()).isEqualTo(404);

        Api.Response own = api.withToken(nativeAccount.accessToken()).get("/api/users/me");
        assertThat(own.json().path("email").asString()).isEqualTo(nativeAccount.email());
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", nativeAccount.refreshToken())).status()).isEqualTo(200);
    }

    @Test
    void aRealmEmailDoesNotTakeANativeAddressOrGrantTheAdminRole() throws Exception {
        Api.Account nativeAccount = api.signUp(Api.uniqueEmail("shared-address"));
        Api sameAddress = api.withToken(realmToken(UUID.randomUUID().toString(), nativeAccount.email(), List.of("USER")));
        Api.Response realm = sameAddress.get("/api/users/me");
        assertThat(realm.status()).as(realm.toString()).isEqualTo(200);
        assertThat(realm.json().path("id").asString()).isNotEqualTo(nativeAccount.id().toString());
        assertThat(api.signIn(nativeAccount.email(), Api.PASSWORD).id()).isEqualTo(nativeAccount.id());

        // admin@trendscout.test is an admin address in the tests; a realm user claiming it is not an admin
        Api claimsAdmin = api.withToken(realmToken(UUID.randomUUID().toString(), "admin@trendscout.test", List.of("USER")));
        assertThat(claimsAdmin.get("/api/users/me").json().path("roles").toString()).isEqualTo("[\"USER\"]");
    }

    /** A token as a stock realm client issues it: audience "account" only (no audience mapper configured). */
    private static String realmToken(String subject, String email, List<String> realmRoles) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject).audience(List.of("account"))
                .claim("azp", "trendscout-spa")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("email", email).claim("given_name", "Kim").claim("family_name", "Realm").claim("locale", "de")
                .claim("realm_access", Map.of("roles", realmRoles)).claim("sid", UUID.randomUUID().toString())
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(REALM_KEY.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new ECDSASigner(REALM_KEY));
        return jwt.serialize();
    }
}
