package io.trendscout.shopsync.channel;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kaufland Seller API v2: units with embedded product data, offset paging per storefront, every
 * request signed (HMAC-SHA256 over method, full URI, body and timestamp), integer-cent prices
 * turned into exact decimals, 429 waited out by its {@code Retry-After}. The cursor is
 * {@code <storefront index>:<offset>}; as the total is known from the first page, each page also
 * names the offsets after it, so the sync can request them while it records.
 */
final class KauflandClient implements ChannelClient {

    /** Cursors of later pages announced with each page (offset paging: they follow from the total). */
    private static final int LATER_PAGES = 10;

    private final ChannelProperties.Kaufland settings;
    private final Http http;
    private final ResilientCalls calls;
    private final JsonMapper json;

    KauflandClient(ChannelProperties.Kaufland settings, Http http, ResilientCalls calls, JsonMapper json) {
        this.settings = settings;
        this.http = http;
        this.calls = calls;
        this.json = json;
    }

    @Override
    public ShopChannels.Verified verify(Credentials credentials) {
        Credentials.Kaufland seller = (Credentials.Kaufland) credentials;
        for (String storefront : seller.storefronts()) {
            units(seller, storefront, 0, 1);
        }
        return new ShopChannels.Verified("Kaufland " + String.join(", ", seller.storefronts()), null);
    }

    @Override
    public ChannelPage page(Credentials credentials, String cursor, Instant updatedAfter) {
        Credentials.Kaufland seller = (Credentials.Kaufland) credentials;
        int storefrontIndex = 0;
        int offset = 0;
        if (cursor != null) {
            String[] parts = cursor.split(":");
            storefrontIndex = Integer.parseInt(parts[0]);
            offset = Integer.parseInt(parts[1]);
        }
        String storefront = seller.storefronts().get(storefrontIndex);
        JsonNode body = units(seller, storefront, offset, settings.pageSize());
        if (!body.path("data").isArray()) {
            throw new ChannelFailure.Unavailable("Kaufland answered without data");
        }
        List<ChannelProduct> items = new ArrayList<>();
        List<ChannelPage.ItemFailure> failures = new ArrayList<>();
        for (JsonNode unit : body.path("data")) {
            try {
                items.add(product(unit));
            } catch (RuntimeException ex) {
                failures.add(new ChannelPage.ItemFailure(unit.path("id_unit").asString(null), ex.getMessage()));
            }
        }
        int seen = body.path("data").size();
        long total = body.path("pagination").path("total").asLong(0);
        String next;
        List<String> later = new ArrayList<>();
        if (seen > 0 && offset + seen < total) {
            next = storefrontIndex + ":" + (offset + seen);
            for (long o = offset + 2L * seen; o < total && later.size() < LATER_PAGES; o += seen) {
                later.add(storefrontIndex + ":" + o);
            }
        } else {
            next = storefrontIndex + 1 < seller.storefronts().size() ? (storefrontIndex + 1) + ":0" : null;
        }
        return new ChannelPage(items, failures, next, later);
    }

    static ChannelProduct product(JsonNode unit) {
        JsonNode idUnit = unit.path("id_unit");
        if (!idUnit.isIntegralNumber()) {
            throw new IllegalArgumentException("id_unit is missing");
        }
        JsonNode product = unit.path("product");
        String title = ShopifyClient.required(product.path("title").asString(null), "product.title");
        JsonNode cents = unit.path("listing_price");
        if (!cents.isIntegralNumber()) {
            throw new IllegalArgumentException("listing_price is not an integer amount of cents");
        }
        String picture = product.path("main_picture").asString(null);
        String changed = unit.path("date_lastchange_iso").asString(null);
        return new ChannelProduct(idUnit.asString(), unit.path("id_offer").asString(null), title.trim(), null,
                picture == null ? List.of() : List.of(picture), BigDecimal.valueOf(cents.asLong(), 2),
                unit.path("currency").asString(null), unit.path("amount").isNumber() ? unit.path("amount").asInt() : null,
                unit.path("status").asString(null), ShopifyClient.blankToNull(product.path("eans").path(0).asString(null)),
                changed == null ? Instant.now() : OffsetDateTime.parse(changed).toInstant());
    }

    private JsonNode units(Credentials.Kaufland seller, String storefront, int offset, int limit) {
        String uri = settings.baseUrl() + "/units?storefront=" + LwaTokens.enc(storefront) + "&limit=" + limit
                + "&offset=" + offset + "&embedded=products";
        return calls.callWithin("kaufland", seller.clientKey(), settings.requestsPerSecond(),
                Duration.ofSeconds(1).plus(settings.windowMargin()), () -> {
            long timestamp = Instant.now().getEpochSecond();
            return http.send(HttpRequest.newBuilder(URI.create(uri))
                    .header("Accept", "application/json")
                    .header("Shop-Client-Key", seller.clientKey())
                    .header("Shop-Timestamp", String.valueOf(timestamp))
                    .header("Shop-Signature", sign(seller.secretKey(), "GET", uri, "", timestamp))
                    .header("User-Agent", settings.userAgent()).GET(), "Kaufland");
        }, this::interpret);
    }

    private JsonNode interpret(Http.Answer answer) {
        int status = answer.status();
        if (status == 429) {
            throw new ChannelFailure.Throttled("Kaufland answered 429", answer.retryAfter());
        }
        if (status >= 500) {
            throw new ChannelFailure.Unavailable("Kaufland answered HTTP " + status);
        }
        JsonNode body = answer.json(json, "Kaufland");
        String type = body.path("type").asString("");
        if (status == 401 || status == 403) {
            throw new ChannelFailure.Rejected("Kaufland refused the credentials (" + type + ")");
        }
        if (status >= 400) {
            throw new ChannelFailure.Invalid("Kaufland: " + body.path("message").asString("HTTP " + status) + " (" + type + ")");
        }
        return body;
    }

    /** {@code hex(HMAC-SHA256(secretKey, METHOD \n FULL_URI \n BODY \n TIMESTAMP))}. */
    static String sign(String secretKey, String method, String fullUri, String body, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((method + "\n" + fullUri + "\n" + body + "\n" + timestamp)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
