package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trendscout.launcher.ServiceProcess;
import io.trendscout.sandbox.shopify.ShopifyFake;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation of the aggregated OpenAPI document (the gateway's {@code /v3/api-docs/all}):
 * without a token each one answers 401 (except the public list below, the contract with the SPA
 * teams), both through the gateway and sent straight to the service (every service checks the token
 * itself); and user B, addressing user A's resources by their ids with every method, never gets a
 * 2xx, never sees A's data in any of B's own lists, and leaves A's data as it was. A merchant's own
 * product is listed publicly by design (anyone may view or save it), but only without its purchase
 * cost, and only its merchant may change it.
 */
class AuthorizationWalkIT {

    /** The routes anyone may call; everything else needs a token. */
    private static final Set<String> PUBLIC = Set.of(
            "POST /api/auth/register", "POST /api/auth/verify-email", "POST /api/auth/resend-code",
            "POST /api/auth/login", "POST /api/auth/verify-2fa", "POST /api/auth/refresh", "POST /api/auth/logout",
            "POST /api/auth/password-reset", "POST /api/auth/password-reset/confirm",
            "GET /.well-known/jwks.json",
            "GET /api/products", "GET /api/products/trending", "GET /api/products/{id}",
            "GET /api/collections/public", "GET /api/collections/{id}",
            "POST /api/webhooks/shopify", "GET /api/tiktok/auth/callback");

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private static JsonNode apiDocs;
    private static Accounts.Account userA;
    private static Gateway userB;
    private static String catalogProductId;
    /** A's private resources: no operation of B's may succeed on them. */
    private static final Map<String, String> resourcesOfA = new LinkedHashMap<>();
    private static String merchantProductOfA;
    private static final Map<String, Object> bodiesOfA = new LinkedHashMap<>();

    @BeforeAll
    static void twoMerchantsAndTheirData() {
        RunningPlatform.get();
        // A cold service builds its document on the first request; the gateway lists it as unavailable until then.
        apiDocs = Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(3))
                .until(() -> Gateway.anonymous().get("/v3/api-docs/all").json(),
                        doc -> doc.has("paths") && doc.path("x-unavailable-services").isEmpty());

        userA = Accounts.signUp("walk-a", "merchant");
        userB = Accounts.signUp("walk-b", "merchant").gateway();
        Gateway a = userA.gateway();
        catalogProductId = Gateway.anonymous().get("/api/products?size=1").json().path("items").path(0).path("id").asString();
        assertThat(catalogProductId).isNotBlank();

        Map<String, Object> collection = Map.of("name", "A's private picks", "isPublic", false);
        resourcesOfA.put("collection", created(a.post("/api/collections", collection)));
        bodiesOfA.put("/api/collections/{id}", collection);
        assertThat(a.post("/api/collections/" + resourcesOfA.get("collection") + "/products",
                Map.of("productId", catalogProductId)).status()).isEqualTo(200);
        assertThat(a.post("/api/products/" + catalogProductId + "/save", null).status()).isEqualTo(204);

        Map<String, Object> product = Map.of("name", "A's own lamp", "primaryNiche", "home",
                "price", Map.of("cost", new BigDecimal("7654.32"), "recommendedRetail", new BigDecimal("9999.99"), "currency", "EUR"));
        merchantProductOfA = created(a.post("/api/products/merchant", product));
        bodiesOfA.put("/api/products/merchant/{id}", product);

        resourcesOfA.put("shop connection", created(a.post("/api/connections", Map.of("platform", "shopify",
                "credentials", Map.of("shopDomain", ShopifyFake.DEMO_SHOP, "accessToken", ShopifyFake.DEMO_TOKEN)))));
        resourcesOfA.put("session", userA.sessionId().toString());
        resourcesOfA.put("user", userA.userId().toString());
    }

    @Test
    void everyNonPublicRouteAnswers401WithoutATokenThroughTheGateway() {
        SoftAssertions softly = new SoftAssertions();
        int walked = 0;
        for (Operation operation : operations()) {
            if (PUBLIC.contains(operation.key())) {
                continue;
            }
            Gateway.Response response = Gateway.anonymous().send(operation.method(), operation.concrete(UUID.randomUUID().toString()),
                    operation.hasBody() ? Map.of() : null);
            softly.assertThat(response.status()).as(operation.key() + " -> " + response).isEqualTo(401);
            softly.assertThat(response.contentType()).as(operation.key()).startsWith("application/problem+json");
            walked++;
        }
        softly.assertAll();
        System.out.printf("[walk] %d protected operations answered 401 without a token through the gateway%n", walked);
        assertThat(walked).as("protected operations walked").isGreaterThan(60);
    }

    @Test
    void everyServiceRejectsAMissingTokenItselfToo() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, ServiceProcess> services = RunningPlatform.get().services();
        int walked = 0;
        for (Map.Entry<String, ServiceProcess> service : services.entrySet()) {
            if (service.getKey().equals("gateway")) {
                continue;
            }
            Gateway direct = new Gateway("http://127.0.0.1:" + service.getValue().port(), null);
            Gateway.Response doc = direct.get("/v3/api-docs");
            softly.assertThat(doc.status()).as(service.getKey() + " API document").isEqualTo(200);
            if (doc.status() != 200) {
                continue;
            }
            for (Operation operation : operations(doc.json())) {
                if (PUBLIC.contains(operation.key())) {
                    continue;
                }
                Gateway.Response response = direct.send(operation.method(), operation.concrete(UUID.randomUUID().toString()),
                        operation.hasBody() ? Map.of() : null);
                softly.assertThat(response.status()).as(service.getKey() + ": " + operation.key() + " -> " + response)
                        .isEqualTo(401);
                walked++;
            }
        }
        softly.assertAll();
        System.out.printf("[walk] %d protected operations answered 401 without a token sent straight to the services%n", walked);
        assertThat(walked).as("operations walked on the services directly").isGreaterThan(60);
    }

    @Test
    void userBCannotReadOrChangeUserAsData() {
        String before = snapshotOfA();
        SoftAssertions softly = new SoftAssertions();
        int attempts = 0;
        for (Operation operation : operations()) {
            if (!operation.addressesById()) {
                continue;
            }
            Object body = operation.hasBody() ? bodiesOfA.getOrDefault(operation.path(), Map.of()) : null;
            for (Map.Entry<String, String> resource : resourcesOfA.entrySet()) {
                String path = operation.concrete(resource.getValue());
                Gateway.Response response = userB.send(operation.method(), path, body);
                attempts++;
                softly.assertThat(response.status()).as("B " + operation.method() + " " + path + " (A's " + resource.getKey()
                        + ") -> " + response).isBetween(400, 499);
                softly.assertThat(response.body()).as("B " + operation.key() + " with A's " + resource.getKey())
                        .doesNotContain(userA.email(), "A's private picks");
            }
            String path = operation.concrete(merchantProductOfA);
            Gateway.Response response = userB.send(operation.method(), path, body);
            attempts++;
            if (!PUBLIC.contains(operation.key()) && !operation.path().equals("/api/products/{id}/save")) {
                softly.assertThat(response.status()).as("B " + operation.method() + " " + path + " (A's merchant product) -> "
                        + response).isBetween(400, 499);
            }
            softly.assertThat(response.body()).as("B " + operation.key() + " with A's merchant product shows no cost")
                    .doesNotContain("7654.32");
        }
        for (Operation operation : operations()) {
            if (operation.method().equals("GET") && !operation.path().contains("{") && !PUBLIC.contains(operation.key())) {
                Gateway.Response response = userB.get(operation.path());
                String body = response.body();
                for (Map.Entry<String, String> resource : resourcesOfA.entrySet()) {
                    softly.assertThat(body).as("B's " + operation.path() + " leaks A's " + resource.getKey())
                            .doesNotContain(resource.getValue());
                }
                softly.assertThat(body).as("B's " + operation.path()).doesNotContain(userA.email(), "A's private picks");
            }
        }
        softly.assertAll();
        System.out.printf("[walk] %d attempts of user B on user A's resources refused%n", attempts);
        assertThat(attempts).as("attempts on A's resources").isGreaterThan(100);
        assertThat(snapshotOfA()).as("A's data after B's attempts").isEqualTo(before);
        assertThat(userA.gateway().get("/api/users/me").status()).as("A's session still valid").isEqualTo(200);
    }

    /** What A owns, as A sees it: unchanged by anything B does. */
    private static String snapshotOfA() {
        Gateway a = userA.gateway();
        List<String> parts = new ArrayList<>();
        for (String path : List.of("/api/users/me", "/api/collections/" + resourcesOfA.get("collection"),
                "/api/products/saved", "/api/products/merchant/" + merchantProductOfA,
                "/api/connections/" + resourcesOfA.get("shop connection"), "/api/users/me/sessions")) {
            Gateway.Response response = a.get(path);
            assertThat(response.status()).as("A reads " + path + " -> " + response).isEqualTo(200);
            parts.add(path + "=" + withoutVolatileFields(response.json()));
        }
        return String.join("\n", parts);
    }

    private static String withoutVolatileFields(JsonNode node) {
        // Others' views and saves of A's publicly listed product count in its stats; that is not A's data changing.
        return node.toString().replaceAll("\"(lastUsedAt|lastSeenAt|checkedAt|lastCheckedAt)\":\"[^\"]*\"", "")
                .replaceAll("\"stats\":\\{[^}]*}", "");
    }

    private static String created(Gateway.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    private static List<Operation> operations() {
        return operations(apiDocs);
    }

    private static List<Operation> operations(JsonNode doc) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String verb = method.getKey().toUpperCase();
                if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                    operations.add(new Operation(verb, path.getKey(), method.getValue().has("requestBody"),
                            firstPathParameterIsUuid(method.getValue())));
                }
            }
        }
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private static boolean firstPathParameterIsUuid(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals("path")) {
                return parameter.path("schema").path("format").asString().equals("uuid");
            }
        }
        return false;
    }

    /**
     * One method on one path template of the document.
     *
     * @param addressesById the first path parameter is a resource id (a UUID), not a name such as a trend category
     */
    private record Operation(String method, String path, boolean hasBody, boolean addressesById) {

        String key() {
            return method + " " + path;
        }

        /** The template with its first parameter set to {@code id} and any further ones to a catalog product. */
        String concrete(String id) {
            Matcher matcher = PATH_PARAM.matcher(path);
            StringBuilder out = new StringBuilder();
            boolean first = true;
            while (matcher.find()) {
                String value = first ? id : secondValue(matcher.group(1));
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
                first = false;
            }
            matcher.appendTail(out);
            return out.toString();
        }

        private static String secondValue(String name) {
            return name.equals("channel") ? "shopify" : catalogProductId;
        }
    }
}
