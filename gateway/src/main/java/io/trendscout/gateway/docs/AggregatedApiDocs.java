package io.trendscout.gateway.docs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One OpenAPI document for the whole platform at {@code /v3/api-docs/all}: every service's
 * document fetched (concurrently, a few seconds at most) and merged. Paths are unique per
 * service by the routing table; component schemas that two services define differently are
 * renamed {@code <service>.<Name>} with their references rewritten. Services that do not answer
 * are listed under {@code x-unavailable-services}.
 */
@RestController
class AggregatedApiDocs {

    private static final Logger log = LoggerFactory.getLogger(AggregatedApiDocs.class);
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final Map<String, String> services;
    private final WebClient web = WebClient.create();
    private final JsonMapper json;
    /** The last document each service answered with: a service briefly down still has its routes listed. */
    private final Map<String, JsonNode> lastGood = new ConcurrentHashMap<>();

    AggregatedApiDocs(ServiceUrls urls, JsonMapper json) {
        this.services = new TreeMap<>(urls.services());
        this.json = json;
    }

    @GetMapping(path = "/v3/api-docs/all", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> all() {
        return Flux.fromIterable(services.entrySet())
                .flatMap(service -> fetch(service.getValue())
                        .doOnNext(doc -> lastGood.put(service.getKey(), doc))
                        .map(doc -> Map.entry(service.getKey(), doc))
                        .onErrorResume(ex -> {
                            JsonNode previous = lastGood.get(service.getKey());
                            log.info("No API document from {} ({}); {}", service.getKey(), ex.toString(),
                                    previous == null ? "listed as unavailable" : "serving its last one");
                            return Mono.just(Map.entry(service.getKey(), previous != null ? previous : json.createObjectNode()));
                        }))
                .collectSortedList(Map.Entry.comparingByKey())
                .map(docs -> json.writeValueAsString(merge(docs)));
    }

    /** A service builds its document on the first request, which can take seconds on a cold JVM. */
    private Mono<JsonNode> fetch(String baseUrl) {
        return web.get().uri(baseUrl + "/v3/api-docs").retrieve().bodyToMono(String.class)
                .timeout(Duration.ofSeconds(15))
                .map(json::readTree);
    }

    ObjectNode merge(List<Map.Entry<String, JsonNode>> docs) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", "Trendscout API").put("version", "v1")
                .put("description", "Every service's API through the gateway; bearer token unless a route is public.");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        components.putObject("securitySchemes").putObject("bearer")
                .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        merged.putArray("security").addObject().putArray("bearer");
        ArrayNode tags = merged.putArray("tags");
        ArrayNode unavailable = json.createArrayNode();
        for (Map.Entry<String, JsonNode> entry : docs) {
            String service = entry.getKey();
            JsonNode doc = entry.getValue();
            if (!doc.has("paths")) {
                unavailable.add(service);
                continue;
            }
            tags.addObject().put("name", service);
            Map<String, String> renames = new TreeMap<>();
            JsonNode ownSchemas = doc.path("components").path("schemas");
            for (String name : ownSchemas.propertyNames()) {
                JsonNode existing = schemas.get(name);
                if (existing != null && !existing.equals(ownSchemas.get(name))) {
                    renames.put(SCHEMA_REF + name, SCHEMA_REF + service + "." + name);
                }
            }
            for (String name : ownSchemas.propertyNames()) {
                String target = renames.containsKey(SCHEMA_REF + name) ? service + "." + name : name;
                schemas.set(target, rewrite(ownSchemas.get(name), renames));
            }
            for (String path : doc.get("paths").propertyNames()) {
                if (paths.has(path)) {
                    log.warn("Path {} of {} is already documented by another service", path, service);
                    continue;
                }
                paths.set(path, rewrite(doc.get("paths").get(path), renames));
            }
        }
        if (!unavailable.isEmpty()) {
            merged.set("x-unavailable-services", unavailable);
        }
        return merged;
    }

    private JsonNode rewrite(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        rewriteInPlace(copy, renames);
        return copy;
    }

    private static void rewriteInPlace(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            for (String field : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(field);
                if ("$ref".equals(field) && value.isString() && renames.containsKey(value.asString())) {
                    object.put(field, renames.get(value.asString()));
                } else {
                    rewriteInPlace(value, renames);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteInPlace(element, renames));
        }
    }
}
