package io.trendscout.recommendation.catalog;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.trendscout.recommendation.RecommendationProperties;
import io.trendscout.recommendation.ranking.Product;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages through the product-service's public catalog ({@code GET /api/products}, keyset cursor, 100 a page), keeping
 * only catalog products: merchants' own products are skipped.
 */
@Component
class ProductServiceClient {

    static final int MAX_PAGES = 5_000;

    private final RestClient http;
    private final JsonMapper json;

    ProductServiceClient(RecommendationProperties properties, JsonMapper json) {
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        factory.setReadTimeout(Duration.ofSeconds(15));
        this.http = RestClient.builder().baseUrl(properties.productServiceUrl()).requestFactory(factory).build();
        this.json = json;
    }

    /** Every product page by page; throws when the product-service cannot be read. */
    void fetchAll(Consumer<List<Product>> page) {
        String cursor = null;
        for (int n = 0; n < MAX_PAGES; n++) {
            String uri = UriComponentsBuilder.fromPath("/api/products").queryParam("limit", 100)
                    .queryParamIfPresent("cursor", java.util.Optional.ofNullable(cursor)).encode().build().toUriString();
            JsonNode body = json.readTree(http.get().uri(uri).retrieve().body(String.class));
            List<Product> products = new ArrayList<>();
            for (JsonNode item : body.path("items")) {
                if (!isMerchantProduct(item)) {
                    products.add(product(item));
                }
            }
            page.accept(products);
            cursor = body.path("nextCursor").asString(null);
            if (cursor == null || products.isEmpty()) {
                return;
            }
        }
    }

    /**
     * A merchant's own product (synced from their shop or created by them) is private to that merchant: it is never
     * copied here, so it can never be recommended to anyone.
     */
    static boolean isMerchantProduct(JsonNode item) {
        return "merchant".equalsIgnoreCase(item.path("source").asString("")) || item.hasNonNull("merchantId");
    }

    static Product product(JsonNode item) {
        JsonNode price = item.path("price");
        JsonNode retail = price.path("recommendedRetail").isMissingNode() ? price.path("amount")
                : price.path("recommendedRetail");
        JsonNode trend = item.path("trendData");
        String niche = item.hasNonNull("primaryNiche") ? item.get("primaryNiche").asString()
                : item.path("niche").asString(null);
        Boolean inStock = item.hasNonNull("inStock") ? item.get("inStock").asBoolean() : null;
        return new Product(UUID.fromString(item.get("id").asString()), item.path("name").asString(""), niche,
                strings(item.path("categories")), strings(item.path("tags")),
                retail.isNumber() || retail.isString() ? new BigDecimal(retail.asString()).doubleValue() : null,
                price.path("currency").asString(null), trend.path("trendScore").asInt(0),
                trend.path("trendDirection").asString(null), inStock);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
