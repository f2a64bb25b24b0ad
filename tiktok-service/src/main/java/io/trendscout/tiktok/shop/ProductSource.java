package io.trendscout.tiktok.shop;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import io.trendscout.platform.web.NotFound;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a catalog product from the product-service with the caller's own token; the lookup is the
 * service's, not a view of the user's ({@code countView=false}), so it is not counted as one.
 */
class ProductSource {

    private final RestClient http;
    private final JsonMapper json;

    ProductSource(RestClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    ProductDraft load(String productId, String bearerToken) {
        String[] body = new String[1];
        int status;
        try {
            status = http.get().uri("/api/products/{id}?countView=false", productId).header("Authorization", "Bearer " + bearerToken)
                    .exchange((req, res) -> {
                        body[0] = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                        return res.getStatusCode().value();
                    });
        } catch (ResourceAccessException ex) {
            throw new ProductServiceUnavailable();
        }
        if (status == 404 || status == 403) {
            throw new NotFound("Product " + productId + " was not found in the catalog");
        }
        if (status >= 300) {
            throw new ProductServiceUnavailable();
        }
        try {
            JsonNode p = json.readTree(body[0]);
            JsonNode price = p.path("price");
            BigDecimal amount = price.isObject() ? price.path("amount").decimalValue() : price.isNumber() ? price.decimalValue() : null;
            String currency = price.isObject() ? price.path("currency").asString("EUR") : p.path("currency").asString("EUR");
            String title = p.path("title").asString(p.path("name").asString(""));
            return new ProductDraft(title, p.path("description").asString(title), amount, currency,
                    p.path("stock").isNumber() ? p.path("stock").asInt() : null, p.path("sku").asString(productId), null);
        } catch (JacksonException ex) {
            throw new ProductServiceUnavailable();
        }
    }

    /** The product-service did not answer usefully. */
    static class ProductServiceUnavailable extends RuntimeException {
        ProductServiceUnavailable() {
            super("The product catalog cannot be read right now; send the product data in the request body or try again later.");
        }
    }
}
