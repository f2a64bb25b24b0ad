package io.trendscout.shopsync.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import io.trendscout.sandbox.kaufland.KauflandFake;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ChannelParsingTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void kauflandSignatureMatchesTheFakesIndependentImplementation() {
        String uri = "https://sellerapi.kaufland.com/v2/units?storefront=de&limit=100&offset=0&embedded=products";
        assertThat(KauflandClient.sign("secret", "GET", uri, "", 1_700_000_000L))
                .isEqualTo(KauflandFake.sign("secret", "GET", uri, "", 1_700_000_000L))
                .hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void kauflandCentsAreExactAndNonIntegerPricesAreRejected() {
        var unit = JSON.readTree("""
                {"id_unit":1,"id_offer":"A","listing_price":1999,"currency":"EUR","amount":3,
                 "date_lastchange_iso":"2025-03-01T10:00:00+01:00","product":{"title":"T","eans":["4000000000001"]}}""");
        ChannelProduct product = KauflandClient.product(unit);
        assertThat(product.price()).isEqualTo(new BigDecimal("19.99"));
        assertThat(product.updatedAt()).hasToString("2025-03-01T09:00:00Z");
        var bad = JSON.readTree("{\"id_unit\":1,\"listing_price\":\"19,99\",\"product\":{\"title\":\"T\"}}");
        assertThatThrownBy(() -> KauflandClient.product(bad)).hasMessageContaining("listing_price");
    }

    @Test
    void shopifyNodesNeedATitleAndADecimalPrice() {
        var node = JSON.readTree("""
                {"id":"gid://shopify/Product/1","title":"Lamp","descriptionHtml":"<p>Warm &amp; bright</p>",
                 "updatedAt":"2025-01-01T00:00:00Z","variants":{"nodes":[{"sku":"S","price":"9.90","inventoryQuantity":4,"barcode":""}]}}""");
        ChannelProduct product = ShopifyClient.product(node, "EUR");
        assertThat(product.description()).isEqualTo("Warm & bright");
        assertThat(product.gtin()).isNull();
        assertThat(product.stock()).isEqualTo(4);
        var broken = JSON.readTree("{\"id\":\"gid://shopify/Product/2\",\"title\":null}");
        assertThatThrownBy(() -> ShopifyClient.product(broken, "EUR")).hasMessageContaining("title");
    }

    @Test
    void onlyHttpsImageUrlsArePublishedAndTitlesArePlainText() {
        var node = JSON.readTree("""
                {"sku":"A1","summaries":[{"itemName":"<b>Bold</b> lamp","lastUpdatedDate":"2025-01-01T00:00:00Z",
                  "mainImage":{"link":"http://m.media-amazon.com/images/I/1.jpg"}}],"offers":[{"price":{"amount":"9.90"}}]}""");
        ChannelProduct insecure = AmazonClient.product(node);
        assertThat(insecure.images()).isEmpty();
        assertThat(insecure.title()).isEqualTo("Bold lamp");
        for (String bad : java.util.List.of("javascript:alert(1)", "https://user:pw@cdn.example.com/a.jpg", "https://cdn.example.com/a b.jpg",
                "//cdn.example.com/a.jpg", "ftp://cdn.example.com/a.jpg")) {
            var product = new ChannelProduct("1", null, "T", null, java.util.List.of(bad, "https://cdn.example.com/ok.jpg"),
                    BigDecimal.ONE, "EUR", null, null, null, null);
            assertThat(product.images()).as(bad).containsExactly("https://cdn.example.com/ok.jpg");
        }
    }
}
