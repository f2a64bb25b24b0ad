package io.trendscout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.trendscout.platform.infra.LocalPostgres;
import io.trendscout.sandbox.shopify.ShopifyFake;
import io.trendscout.sandbox.tiktok.DemoAccounts;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GDPR erasure across the whole platform: a merchant who used every feature deletes the account
 * through the gateway, and afterwards no table of any schema holds the account's id, address,
 * shop connection ids or product ids. The only rows allowed to keep the bare id are tombstones and
 * security audit records, and those hold nothing else that identifies the person (no address, no
 * client address, no connection or product id).
 */
class ErasureSweepIT {

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Tables that may keep the erased account's bare id: each service's tombstone ({@code erased_user},
     * {@code erased_users} or {@code erased_owners}: id and time, so late events create nothing) and the security audit log.
     */
    private static boolean tombstoneOrAudit(String table) {
        return table.equals("security.security_event") || table.matches("[a-z_]+\\.erased_(users?|owners)");
    }

    @Test
    void noTableOfAnyServiceKeepsTheErasedMerchantsData() throws Exception {
        Accounts.Account merchant = Accounts.signUp("erase-sweep", "merchant");
        Gateway me = merchant.gateway();
        Set<String> traces = new LinkedHashSet<>(List.of(merchant.userId().toString(), merchant.email()));

        useEveryFeature(me, traces);

        assertThat(sweep(traces)).as("the merchant's data is stored before the erasure (else the sweep proves nothing)")
                .isNotEmpty();
        assertThat(me.delete("/api/users/me").status()).isEqualTo(204);

        List<String> left;
        try {
            left = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> sweep(traces), List::isEmpty);
        } catch (ConditionTimeoutException ex) {
            left = sweep(traces);
        }
        assertThat(left).as("rows still holding the erased merchant's data").isEmpty();

        // The access token issued before the erasure opens nothing any more.
        Gateway.Response connections = me.get("/api/connections");
        assertThat(connections.status() == 401 || connections.json().isEmpty()).as(connections.toString()).isTrue();
        assertThat(me.get("/api/products/merchant").status() == 401 || me.get("/api/products/merchant").json().isEmpty())
                .isTrue();
    }

    /** Profile and niches, saved products and a collection, an own product, a Shopify sync, TikTok, copy, views. */
    private static void useEveryFeature(Gateway me, Set<String> traces) throws IOException, InterruptedException {
        Gateway.Response profile = me.put("/api/users/me", Map.of("lastName", "Sweep", "preferences",
                Map.of("primaryNiche", "fitness", "secondaryNiches", List.of("home"))));
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);

        JsonNode catalog = Gateway.anonymous().get("/api/products?limit=3").json().path("items");
        String catalogProduct = catalog.path(0).path("id").asString();
        assertThat(me.post("/api/products/" + catalogProduct + "/save", null).status()).isEqualTo(204);
        assertThat(me.get("/api/products/" + catalog.path(1).path("id").asString()).status()).isEqualTo(200);
        Gateway.Response collection = me.post("/api/collections",
                Map.of("name", "Sweep list", "isPublic", false, "productIds", List.of(catalogProduct)));
        assertThat(collection.status()).as(collection.toString()).isEqualTo(201);
        traces.add(collection.json().path("id").asString());

        Gateway.Response own = me.post("/api/products/merchant", Map.of("name", "Sweep private lamp",
                "description", "A lamp only its merchant knows", "categories", List.of("home"), "primaryNiche", "home",
                "price", Map.of("cost", 8.5, "recommendedRetail", 21.5, "currency", "EUR")));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        String ownId = own.json().path("id").asString();
        traces.add(ownId);

        Gateway.Response connected = me.post("/api/connections", Map.of("platform", "shopify",
                "credentials", Map.of("shopDomain", ShopifyFake.DEMO_SHOP, "accessToken", ShopifyFake.DEMO_TOKEN)));
        assertThat(connected.status()).as(connected.toString()).isEqualTo(201);
        String connection = connected.json().path("id").asString();
        traces.add(connection);
        assertThat(me.post("/api/sync/trigger", Map.of("connectionId", connection, "mode", "full")).status()).isEqualTo(202);
        JsonNode log = Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> me.get("/api/sync/logs?connectionId=" + connection).json().path(0),
                        l -> l.path("status").asString("").matches("SUCCEEDED|FAILED"));
        assertThat(log.path("status").asString()).as(log.toString()).isEqualTo("SUCCEEDED");
        traces.add(log.path("id").asString());
        JsonNode products = Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .until(() -> me.get("/api/products/merchant").json(), list -> list.size() > 300);
        for (int i = 0; i < products.size(); i += 50) {
            traces.add(products.path(i).path("id").asString());
        }

        Gateway.Response authUrl = me.get("/api/tiktok/auth/url");
        assertThat(authUrl.status()).as(authUrl.toString()).isEqualTo(200);
        HttpResponse<String> consent = BROWSER.send(HttpRequest.newBuilder(URI.create(
                authUrl.json().path("url").asString() + "&sandbox_account=" + DemoAccounts.CREATOR)).build(),
                HttpResponse.BodyHandlers.ofString());
        URI back = URI.create(consent.headers().firstValue("Location").orElseThrow());
        Gateway.Response callback = Gateway.anonymous().get(back.getRawPath() + "?" + back.getRawQuery());
        assertThat(callback.status()).as(callback.toString()).isEqualTo(200);

        Gateway.Response copy = me.post("/api/generate/text", Map.of("productId", ownId, "language", "en"));
        assertThat(copy.status()).as(copy.toString()).isEqualTo(200);
        assertThat(me.get("/api/recommendations/products?limit=5").status()).isEqualTo(200);
        assertThat(me.get("/api/analytics/user").status()).isEqualTo(200);
    }

    /** Every row of every table in every schema that holds one of the traces, as "schema.table: row". */
    private static List<String> sweep(Set<String> traces) throws SQLException {
        LocalPostgres postgres = RunningPlatform.get().postgres();
        List<String> found = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("trendscout"), postgres.username(),
                postgres.password())) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("""
                    select table_schema || '.' || table_name from information_schema.tables
                    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                    order by 1""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).as("the sweep sees the services' schemas").contains("shopsync.connections");
            String userId = traces.iterator().next();
            for (String table : tables) {
                String quoted = quote(table);
                try (PreparedStatement query = db.prepareStatement(
                        "select t::text from " + quoted + " t where t::text ilike any (?)")) {
                    query.setArray(1, db.createArrayOf("text", traces.stream().map(v -> "%" + v + "%").toArray()));
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            String row = rows.getString(1);
                            if (!allowedTombstone(table, row, traces, userId)) {
                                found.add(table + ": " + abbreviate(row));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** A tombstone or audit row may keep the bare account id, but no other trace and no client address. */
    private static boolean allowedTombstone(String table, String row, Set<String> traces, String userId) {
        if (!tombstoneOrAudit(table)) {
            return false;
        }
        boolean otherTrace = traces.stream().filter(t -> !t.equals(userId)).anyMatch(row::contains);
        boolean clientAddress = row.matches("(?s).*\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b.*") || row.contains("::1");
        return !otherTrace && !clientAddress;
    }

    private static String quote(String table) {
        String[] parts = table.split("\\.", 2);
        return "\"" + parts[0].replace("\"", "\"\"") + "\".\"" + parts[1].replace("\"", "\"\"") + "\"";
    }

    private static String abbreviate(String row) {
        return row.length() > 300 ? row.substring(0, 300) + "…" : row;
    }
}
