package io.trendscout.tiktok.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class ShopSignerTests {

    @Test
    void signsSortedParamsWithoutSignAndAccessTokenWrappedInTheSecret() throws Exception {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("timestamp", "1700000000");
        query.put("app_key", "key");
        query.put("sign", "ignored");
        query.put("access_token", "ignored");
        query.put("shop_cipher", "c1");
        String expectedInput = "s3cret" + "/product/202309/products" + "app_keykey" + "shop_cipherc1" + "timestamp1700000000"
                + "{\"title\":\"x\"}" + "s3cret";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(expectedInput.getBytes(StandardCharsets.UTF_8)));

        assertThat(ShopSigner.sign("s3cret", "/product/202309/products", query, "{\"title\":\"x\"}")).isEqualTo(expected);
        assertThat(ShopSigner.sign("s3cret", "/p", Map.of("a", "1"), "")).isEqualTo(ShopSigner.sign("s3cret", "/p", Map.of("a", "1"), null));
    }
}
