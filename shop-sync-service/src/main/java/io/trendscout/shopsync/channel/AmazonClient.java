package io.trendscout.shopsync.channel;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amazon SP-API Listings Items 2021-08-01 searchListingsItems: {@code pageSize ≤ 20} pages with
 * {@code nextToken}, LWA access token in {@code x-amz-access-token} (re-exchanged once when the
 * API says it expired), a client-side token bucket at the operation's rate, 429 {@code QuotaExceeded}
 * retried with backoff.
 */
final class AmazonClient implements ChannelClient {

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final ChannelProperties.Amazon settings;
    private final Http http;
    private final ResilientCalls calls;
    private final JsonMapper json;
    private final LwaTokens tokens;

    AmazonClient(ChannelProperties.Amazon settings, Http http, ResilientCalls calls, JsonMapper json, LwaTokens tokens) {
        this.settings = settings;
        this.http = http;
        this.calls = calls;
        this.json = json;
        this.tokens = tokens;
    }

    @Override
    public ShopChannels.Verified verify(Credentials credentials) {
        Credentials.Amazon seller = (Credentials.Amazon) credentials;
        search(seller, null, 1);
        return new ShopChannels.Verified(seller.sellerId(), null);
    }

    @Override
    public ChannelPage page(Credentials credentials, String cursor, Instant updatedAfter) {
        JsonNode body = search((Credentials.Amazon) credentials, cursor, settings.pageSize());
        if (!body.path("items").isArray()) {
            throw new ChannelFailure.Unavailable("Amazon answered without items");
        }
        List<ChannelProduct> items = new ArrayList<>();
        List<ChannelPage.ItemFailure> failures = new ArrayList<>();
        for (JsonNode item : body.path("items")) {
            try {
                items.add(product(item));
            } catch (RuntimeException ex) {
                failures.add(new ChannelPage.ItemFailure(item.path("sku").asString(null), ex.getMessage()));
            }
        }
        String next = body.path("pagination").path("nextToken").asString(null);
        return new ChannelPage(items, failures, next == null || next.isBlank() ? null : next);
    }

    static ChannelProduct product(JsonNode item) {
        String sku = ShopifyClient.required(item.path("sku").asString(null), "sku");
        JsonNode summary = item.path("summaries").path(0);
        String title = ShopifyClient.required(summary.path("itemName").asString(null), "summaries.itemName");
        JsonNode offerPrice = item.path("offers").path(0).path("price");
        BigDecimal price;
        try {
            JsonNode amount = offerPrice.path("amount");
            price = amount.isNumber() ? amount.decimalValue() : new BigDecimal(ShopifyClient.required(amount.asString(null), "offers.price.amount"));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("offers.price.amount is not a decimal");
        }
        List<String> statuses = new ArrayList<>();
        summary.path("status").forEach(s -> statuses.add(s.asString("")));
        String image = summary.path("mainImage").path("link").asString(null);
        JsonNode quantity = item.path("fulfillmentAvailability").path(0).path("quantity");
        String updated = summary.path("lastUpdatedDate").asString(null);
        return new ChannelProduct(sku, sku, title.trim(),
                item.path("attributes").path("product_description").path(0).path("value").asString(null),
                image == null ? List.of() : List.of(image), price, offerPrice.path("currencyCode").asString(null),
                quantity.isNumber() ? quantity.asInt() : null, statuses.isEmpty() ? null : String.join(",", statuses),
                ShopifyClient.blankToNull(item.path("attributes").path("externally_assigned_product_identifier").path(0)
                        .path("value").asString(null)),
                updated == null ? Instant.now() : Instant.parse(updated));
    }

    private JsonNode search(Credentials.Amazon seller, String pageToken, int pageSize) {
        String endpoint = settings.endpoints().get(seller.region());
        if (endpoint == null) {
            throw new ChannelFailure.Invalid("No SP-API endpoint for region " + seller.region());
        }
        String uri = endpoint + "/listings/2021-08-01/items/" + LwaTokens.enc(seller.sellerId())
                + "?marketplaceIds=" + LwaTokens.enc(String.join(",", seller.marketplaceIds()))
                + "&includedData=summaries,attributes,offers,fulfillmentAvailability&pageSize=" + pageSize
                + (pageToken == null ? "" : "&pageToken=" + LwaTokens.enc(pageToken));
        return calls.call("amazon", seller.sellerId(), settings.requestsPerSecond(), () -> {
            Http.Answer answer = get(seller, uri);
            if (answer.status() == 403 && answer.body() != null && answer.body().contains("Unauthorized")) {
                tokens.invalidate(seller);
                answer = get(seller, uri);
            }
            return interpret(answer);
        });
    }

    private Http.Answer get(Credentials.Amazon seller, String uri) {
        return http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("x-amz-access-token", tokens.accessToken(seller))
                .header("x-amz-date", AMZ_DATE.format(Instant.now()))
                .header("user-agent", "Trendscout/0.1 (Language=Java)")
                .header("Accept", "application/json").GET(), "Amazon SP-API");
    }

    private JsonNode interpret(Http.Answer answer) {
        int status = answer.status();
        if (status == 429) {
            throw new ChannelFailure.Throttled("Amazon SP-API: QuotaExceeded", answer.retryAfter());
        }
        if (status >= 500) {
            throw new ChannelFailure.Unavailable("Amazon SP-API answered HTTP " + status);
        }
        JsonNode body = answer.json(json, "Amazon SP-API");
        if (status == 401 || status == 403) {
            throw new ChannelFailure.Rejected("Amazon SP-API refused access: " + body.path("errors").path(0).path("code").asString("HTTP " + status));
        }
        if (status >= 400) {
            throw new ChannelFailure.Invalid("Amazon SP-API: " + body.path("errors").path(0).path("message").asString("HTTP " + status));
        }
        return body;
    }
}
