package io.trendscout.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.product.catalog.Price;
import io.trendscout.product.catalog.ProductDraft;
import io.trendscout.product.catalog.Products;
import io.trendscout.product.catalog.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Browsing and searching the catalog on a real PostgreSQL: filters, stemming, typos, sorting, keyset pages, bad input. */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductSearchIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Products products;

    @Autowired
    JdbcTemplate jdbc;

    final String niche = "niche" + UUID.randomUUID().toString().substring(0, 8);
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    UUID lamp;
    UUID germanLamp;
    UUID shoes;
    UUID usdBlender;

    Http http;

    @BeforeAll
    void catalog() {
        http = Http.anonymous(port);
        CatalogFixtures f = new CatalogFixtures(products, jdbc);
        lamp = f.product("Sunset Projection Lamp", "Warm light for your room", niche, List.of("#RoomDecor", "lamp"),
                "24.99", "EUR", 91, "high", "rising", now.minusSeconds(10));
        germanLamp = f.product("Stimmungslicht Deluxe", "Dimmbare Lampen für gemütliche Abende", niche, List.of("cozy"),
                "39.90", "EUR", 55, "medium", "stable", now.minusSeconds(20));
        shoes = f.product("Running Shoes Ultralight", "Runners love these for long runs", niche, List.of("fitness"),
                "79.00", "EUR", 30, "low", "falling", now.minusSeconds(30));
        usdBlender = f.product("Portable Blender", "Smoothies anywhere", niche, List.of("kitchen"), "19.00", "USD", 72,
                "high", "rising", now.minusSeconds(40));
        for (int i = 0; i < 6; i++) {
            f.product("Filler Gadget " + i, "Just another gadget", niche, List.of("filler"), (10 + i) + ".00", "EUR", 60,
                    "medium", "stable", now.minusSeconds(100 + i));
        }
    }

    @Test
    void filtersCombineAndCountTheTotal() {
        JsonNode page = ok("/api/products?niche=" + niche + "&minPrice=20&maxPrice=50&currency=eur");
        assertThat(ids(page)).containsExactly(lamp.toString(), germanLamp.toString());
        assertThat(page.path("totalCount").asLong()).isEqualTo(2);

        assertThat(ids(ok("/api/products?niche=" + niche + "&trendLevel=HIGH&direction=rising")))
                .containsExactly(lamp.toString(), usdBlender.toString());
        assertThat(ids(ok("/api/products?niche=" + niche + "&minTrendScore=90"))).containsExactly(lamp.toString());
        assertThat(ids(ok("/api/products?niche=" + niche + "&tag=roomdecor"))).containsExactly(lamp.toString());
        assertThat(ids(ok("/api/products?niche=" + niche + "&category=" + niche + "-category&currency=USD")))
                .containsExactly(usdBlender.toString());
    }

    @Test
    void fullTextSearchStemsEnglishAndGermanAndForgivesTypos() {
        assertThat(ids(ok("/api/products?niche=" + niche + "&q=lamps"))).contains(lamp.toString());
        assertThat(ids(ok("/api/products?niche=" + niche + "&q=running"))).containsExactly(shoes.toString());
        assertThat(ids(ok("/api/products?niche=" + niche + "&q=Lampe"))).contains(germanLamp.toString());
        assertThat(ids(ok("/api/products?niche=" + niche + "&q=projection%20lamp"))).first().isEqualTo(lamp.toString());
        assertThat(ids(ok("/api/products?niche=" + niche + "&q=blendr"))).containsExactly(usdBlender.toString());
        assertThat(ids(ok("/api/products?niche=" + niche + "&q=zzzqqqxx"))).isEmpty();
    }

    @Test
    void sortsByPriceTrendAndNewestWithAStableTiebreaker() {
        List<String> byPrice = ids(ok("/api/products?niche=" + niche + "&sort=price&limit=100"));
        assertThat(byPrice.getFirst()).isEqualTo(ids(ok("/api/products?niche=" + niche + "&tag=filler&sort=price")).getFirst());
        assertThat(byPrice.getLast()).isEqualTo(shoes.toString());
        assertThat(ids(ok("/api/products?niche=" + niche + "&sort=-price&limit=1"))).containsExactly(shoes.toString());
        assertThat(ids(ok("/api/products?niche=" + niche + "&sort=trendScore&limit=1"))).containsExactly(lamp.toString());
        assertThat(ids(ok("/api/products?niche=" + niche + "&sort=newest&limit=2")))
                .containsExactly(lamp.toString(), germanLamp.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"trendScore", "price", "-price", "newest"})
    void keysetPagesWalkEveryProductOnceInOrder(String sort) {
        List<String> all = ids(ok("/api/products?niche=" + niche + "&sort=" + sort + "&limit=100"));
        assertThat(all).hasSize(10);
        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok("/api/products?niche=" + niche + "&sort=" + sort + "&limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            walked.addAll(ids(page));
            cursor = page.path("nextCursor").isString() ? page.path("nextCursor").asString() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(4);
        assertThat(walked).isEqualTo(all);
    }

    @Test
    void relevancePagesWalkEveryMatchOnce() {
        List<String> all = ids(ok("/api/products?niche=" + niche + "&q=gadget&limit=100"));
        assertThat(all).hasSize(6);
        JsonNode first = ok("/api/products?niche=" + niche + "&q=gadget&limit=4");
        JsonNode second = ok("/api/products?niche=" + niche + "&q=gadget&limit=4&cursor=" + first.path("nextCursor").asString());
        List<String> walked = new ArrayList<>(ids(first));
        walked.addAll(ids(second));
        assertThat(walked).isEqualTo(all);
        assertThat(second.has("nextCursor")).isFalse();
    }

    @Test
    void textSearchSortedByPriceWalksEveryMatchOnceInPriceOrder() {
        List<String> byPrice = ids(ok("/api/products?niche=" + niche + "&tag=filler&sort=price&limit=100"));
        assertThat(byPrice).hasSize(6);
        assertThat(ids(ok("/api/products?niche=" + niche + "&q=gadget&sort=price&limit=100"))).isEqualTo(byPrice);
        JsonNode first = ok("/api/products?niche=" + niche + "&q=gadget&sort=price&limit=4");
        assertThat(first.path("totalCount").asLong()).isEqualTo(6);
        JsonNode second = ok("/api/products?niche=" + niche + "&q=gadget&sort=price&limit=4&cursor="
                + first.path("nextCursor").asString());
        List<String> walked = new ArrayList<>(ids(first));
        walked.addAll(ids(second));
        assertThat(walked).isEqualTo(byPrice);
        assertThat(second.has("nextCursor")).isFalse();
    }

    @Test
    void typoCandidatesJoinOnlyWhenTheTextSearchFindsFewMatches() {
        CatalogFixtures f = new CatalogFixtures(products, jdbc);
        String crowded = "crowded" + UUID.randomUUID().toString().substring(0, 8);
        String sparse = "sparse" + UUID.randomUUID().toString().substring(0, 8);
        List<String> deskLamps = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            deskLamps.add(f.product("Desk Lamp " + i, crowded).toString());
        }
        f.product("Lampshade Linen", crowded);
        UUID sparseLamp = f.product("Desk Lamp", sparse);
        UUID sparseShade = f.product("Lampshade Linen", sparse);

        // 20 text matches: the near-spelling "Lampshade" (no lexeme "lamp") stays out, on every page and in the count.
        JsonNode crowdedPage = ok("/api/products?niche=" + crowded + "&q=lamps&limit=100");
        assertThat(ids(crowdedPage)).containsExactlyInAnyOrderElementsOf(deskLamps);
        assertThat(crowdedPage.path("totalCount").asLong()).isEqualTo(20);
        // One text match: the typo candidates join it.
        assertThat(ids(ok("/api/products?niche=" + sparse + "&q=lamps")))
                .containsExactlyInAnyOrder(sparseLamp.toString(), sparseShade.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"minPrice=-1", "maxPrice=-0.01", "minPrice=50&maxPrice=10", "minPrice=abc", "sort=cheapest",
            "sort=relevance", "cursor=not-a-cursor", "cursor=djEKcHJpY2UKeAp4Cng", "limit=0", "limit=101",
            "minTrendScore=101", "currency=EURO", "trendLevel=extreme", "direction=up", "channel=ebay"})
    void invalidFiltersAreProblems(String query) {
        Http.Response response = http.get("/api/products?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").path(0).path("field").asString()).isNotBlank();
    }

    /** #18 finding 10: numbers must be finite and in range; messages name the parameter and its rule, no Java types. */
    static List<String> badNumbersAndOverlongKeys() {
        return List.of("minPrice=1e999", "maxPrice=1e999", "minPrice=1E-999999999", "minPrice=NaN", "maxPrice=Infinity",
                "minPrice=0x10", "minPrice=12345678901", "minPrice=1.001", "minPrice=abc", "maxPrice=%20-",
                "minTrendScore=abc", "minTrendScore=1e2", "minTrendScore=99999999999", "minTrendScore=-1", "limit=abc",
                "limit=1.5", "limit=99999999999", "niche=" + "x".repeat(101), "tag=" + "y".repeat(101));
    }

    @ParameterizedTest
    @MethodSource("badNumbersAndOverlongKeys")
    void badNumbersAndOverlongKeysAreProblemsNamingTheParameter(String query) {
        Http.Response response = http.get("/api/products?" + query);
        String parameter = query.substring(0, query.indexOf('='));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo(parameter);
        assertThat(response.json().path("detail").asString()).startsWith(parameter);
        assertThat(response.body()).doesNotContainIgnoringCase("java").doesNotContain("BigDecimal", "Integer", "convert");
    }

    static List<String> otherBadQueryParameters() {
        return List.of("/api/products/trending?limit=1e999", "/api/products/trending?limit=51",
                "/api/products/trending?niche=" + "z".repeat(101), "/api/collections/public?limit=abc",
                "/api/collections/public?limit=0", "/api/products/" + UUID.randomUUID() + "?countView=maybe");
    }

    @ParameterizedTest
    @MethodSource("otherBadQueryParameters")
    void otherQueryParametersAreCheckedNamingTheParameter(String path) {
        Http.Response response = http.get(path);
        String parameter = path.substring(path.indexOf('?') + 1, path.indexOf('='));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo(parameter);
        assertThat(response.body()).doesNotContainIgnoringCase("java").doesNotContain("Integer", "Boolean", "convert");
    }

    @Test
    void pricesUpToTheLargestStoredOneAreAccepted() {
        assertThat(ids(ok("/api/products?niche=" + niche + "&minPrice=0&maxPrice=9999999999.99&limit=100"))).hasSize(10);
        assertThat(ids(ok("/api/products?niche=" + niche + "&minPrice=24.990&maxPrice=25"))).containsExactly(lamp.toString());
    }

    /** #18 finding 12: the research catalog's cost and supplier are for signed-in subscribers, never anonymous callers. */
    @Test
    void theResearchCatalogsCostAndSupplierAreShownToSignedInPlansOnly() {
        String sourcedNiche = niche + "-sourced";
        UUID sourced = UUID.randomUUID();
        products.insert(sourced, new ProductDraft("Sourced Gadget", "", List.of(), List.of(), sourcedNiche, List.of(),
                new Price(new BigDecimal("3.10"), new BigDecimal("12.00"), "EUR"),
                new Supplier("Shenzhen Gadgets", "https://supplier.example", 9, new BigDecimal("1.50")), null), null, now);
        jdbc.update("update product set trend_score = 70 where id = ?", sourced);

        JsonNode page = ok("/api/products/" + sourced);
        assertThat(page.path("price").path("cost").isNull()).as(page.toString()).isTrue();
        assertThat(page.path("supplier").isNull()).isTrue();
        assertThat(page.path("price").path("recommendedRetail").decimalValue()).isEqualByComparingTo("12.00");
        assertThat(ok("/api/products?niche=" + sourcedNiche).path("items").path(0).path("price").path("cost").isNull()).isTrue();
        assertThat(okArray("/api/products/trending?niche=" + sourcedNiche).path(0).path("price").path("cost").isNull()).isTrue();

        Http signedIn = http.as(UUID.randomUUID());
        JsonNode subscriberPage = signedIn.get("/api/products/" + sourced).json();
        assertThat(subscriberPage.path("price").path("cost").decimalValue()).as(subscriberPage.toString())
                .isEqualByComparingTo("3.10");
        assertThat(subscriberPage.path("supplier").path("name").asString()).isEqualTo("Shenzhen Gadgets");
        assertThat(signedIn.get("/api/products?niche=" + sourcedNiche).json().path("items").path(0).path("price")
                .path("cost").decimalValue()).isEqualByComparingTo("3.10");
        assertThat(signedIn.get("/api/products/trending?niche=" + sourcedNiche).json().path(0).path("price")
                .path("cost").decimalValue()).isEqualByComparingTo("3.10");
    }

    /** A public read with a bad token is answered as to an anonymous caller (no sourcing fields); elsewhere it is a 401. */
    @Test
    void aBadTokenOnAPublicReadLeavesTheCallerAnonymous() {
        String expired = TestInfrastructure.get().tokens().issue(UUID.randomUUID(), Duration.ofMinutes(-5), List.of("USER"));
        for (Http bad : List.of(new Http(http.baseUrl(), "not-a-jwt"), new Http(http.baseUrl(), expired))) {
            assertThat(bad.get("/api/products/" + lamp).status()).isEqualTo(200);
            assertThat(ids(ok(bad, "/api/products?niche=" + niche + "&minTrendScore=90"))).containsExactly(lamp.toString());
            assertThat(bad.get("/api/products/trending?niche=" + niche).status()).isEqualTo(200);
            assertThat(bad.get("/api/collections/public").status()).isEqualTo(200);
            Http.Response saved = bad.get("/api/products/saved");
            assertThat(saved.status()).isEqualTo(401);
            assertThat(saved.isProblem()).isTrue();
            assertThat(bad.get("/api/products/merchant").status()).isEqualTo(401);
            assertThat(bad.post("/api/products/" + lamp + "/save", null).status()).isEqualTo(401);
        }
    }

    @Test
    void aCursorOfAnotherQueryOrSortIsRejected() {
        String cursor = ok("/api/products?niche=" + niche + "&sort=price&limit=2").path("nextCursor").asString();
        assertThat(http.get("/api/products?niche=" + niche + "&sort=newest&limit=2&cursor=" + cursor).status()).isEqualTo(400);
        assertThat(http.get("/api/products?niche=other&sort=price&limit=2&cursor=" + cursor).status()).isEqualTo(400);
        assertThat(http.get("/api/products?niche=" + niche + "&sort=price&limit=2&cursor=" + cursor).status()).isEqualTo(200);
    }

    @Test
    void aProductHasItsDetailPageAndUnknownIdsAreNotFound() {
        JsonNode detail = ok("/api/products/" + lamp);
        assertThat(detail.path("name").asString()).isEqualTo("Sunset Projection Lamp");
        assertThat(detail.path("price").path("recommendedRetail").decimalValue()).isEqualByComparingTo("24.99");
        assertThat(detail.path("price").path("currency").asString()).isEqualTo("EUR");
        assertThat(detail.path("tags").toString()).contains("roomdecor");
        assertThat(detail.path("trendData").path("trendLevel").asString()).isEqualTo("high");

        Http.Response missing = http.get("/api/products/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isProblem()).isTrue();
        assertThat(http.get("/api/products/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void trendingListsTheHottestFirst() {
        List<String> trending = ids(okArray("/api/products/trending?niche=" + niche + "&limit=2"));
        assertThat(trending).containsExactly(lamp.toString(), usdBlender.toString());
        assertThat(http.get("/api/products/trending?limit=51").status()).isEqualTo(400);
    }

    private JsonNode ok(String path) {
        return ok(http, path);
    }

    private static JsonNode ok(Http caller, String path) {
        Http.Response response = caller.get(path);
        assertThat(response.status()).as(path + " -> " + response).isEqualTo(200);
        return response.json();
    }

    private JsonNode okArray(String path) {
        return ok(path);
    }

    private static List<String> ids(JsonNode pageOrArray) {
        JsonNode items = pageOrArray.isArray() ? pageOrArray : pageOrArray.path("items");
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
