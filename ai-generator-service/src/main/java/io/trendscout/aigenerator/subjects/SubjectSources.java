package io.trendscout.aigenerator.subjects;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.trendscout.platform.security.CurrentUser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;

/**
 * Reads products (product-service, {@code GET /api/products/{id}?countView=false}) and trends (trend-service,
 * {@code GET /api/trends/{id}}) over REST with the caller's bearer token, so the caller gets exactly what they may
 * see (a merchant their own private products, nobody another merchant's). Reading a product to write copy about it
 * is not the user viewing it, so the lookup asks product-service not to count (and publish) it as a view. An unknown
 * id is {@link SubjectNotFound}; anything else that goes wrong is {@link SourceUnavailable}.
 */
@Service
@EnableConfigurationProperties(SourceProperties.class)
public class SubjectSources {

    private final RestClient products;
    private final RestClient trends;

    SubjectSources(SourceProperties properties, RestClient.Builder builder) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        this.products = builder.clone().requestFactory(factory).baseUrl(properties.productUrl()).build();
        this.trends = builder.clone().requestFactory(factory).baseUrl(properties.trendUrl()).build();
    }

    public Subject product(UUID id) {
        JsonNode p = fetch(products, "/api/products/{id}?countView=false", id, "product", "product-service");
        String name = p.path("name").asString("").strip();
        List<String> tags = strings(p.path("tags"));
        List<String> hashtags = new ArrayList<>(strings(p.path("trendData").path("relatedHashtags")));
        hashtags.addAll(tags);
        List<String> categories = strings(p.path("categories"));
        String niche = p.path("primaryNiche").asString("");
        String category = !niche.isBlank() ? niche : categories.isEmpty() ? "" : categories.getFirst();
        JsonNode trend = p.path("trendData");
        return new Subject("product", id.toString(), name, Subject.keywordOf(name), p.path("description").asString(""),
                category, tags, categories, hashtags, trend.path("trendDirection").asString(null),
                trend.has("trendScore") ? trend.path("trendScore").asInt() : null);
    }

    public Subject trend(UUID id) {
        JsonNode t = fetch(trends, "/api/trends/{id}", id, "trend", "trend-service");
        String name = t.path("name").asString("").strip();
        String bare = name.startsWith("#") ? name.substring(1) : name;
        List<String> hashtags = new ArrayList<>();
        hashtags.add(bare);
        hashtags.addAll(strings(t.path("relatedHashtags")));
        List<String> categories = strings(t.path("categories"));
        String category = t.path("category").asString(categories.isEmpty() ? "" : categories.getFirst());
        return new Subject("trend", id.toString(), bare, Subject.keywordOf(bare), t.path("description").asString(""),
                category, List.of(bare), categories, hashtags, t.path("direction").asString(null),
                t.has("score") ? t.path("score").asInt() : null);
    }

    private static JsonNode fetch(RestClient client, String path, UUID id, String type, String source) {
        try {
            JsonNode body = client.get().uri(path, id).headers(SubjectSources::forwardToken).retrieve()
                    .body(JsonNode.class);
            if (body == null || body.path("name").asString("").isBlank()) {
                throw new SourceUnavailable(source, null);
            }
            return body;
        } catch (HttpClientErrorException ex) {
            if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                throw new SubjectNotFound(type, id);
            }
            throw new SourceUnavailable(source, ex);
        } catch (RestClientException ex) {
            throw new SourceUnavailable(source, ex);
        }
    }

    private static void forwardToken(HttpHeaders headers) {
        CurrentUser.jwt().map(Jwt::getTokenValue).ifPresent(headers::setBearerAuth);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode node : array) {
            String value = node.asString("").strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }
}
