package io.trendscout.gateway.docs;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AggregatedApiDocsTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final AggregatedApiDocs docs = new AggregatedApiDocs(new ServiceUrls(Map.of()), json);

    @Test
    void conflictingSchemasAreRenamedPerServiceWithTheirReferences() {
        JsonNode product = json.readTree("""
                {"paths":{"/api/products":{"get":{"responses":{"200":{"$ref":"#/components/schemas/Item"}}}}},
                 "components":{"schemas":{"Item":{"type":"object","properties":{"price":{"type":"number"}}},"Shared":{"type":"string"}}}}""");
        JsonNode trend = json.readTree("""
                {"paths":{"/api/trends":{"get":{"responses":{"200":{"$ref":"#/components/schemas/Item"}}}}},
                 "components":{"schemas":{"Item":{"type":"object","properties":{"score":{"type":"integer"}}},"Shared":{"type":"string"}}}}""");
        JsonNode merged = docs.merge(List.of(Map.entry("product", product), Map.entry("trend", trend),
                Map.entry("analytics", json.createObjectNode())));

        JsonNode schemas = merged.get("components").get("schemas");
        assertThat(schemas.get("Item").toString()).contains("price");
        assertThat(schemas.get("trend.Item").toString()).contains("score");
        assertThat(schemas.has("trend.Shared")).as("identical schemas are shared").isFalse();
        assertThat(merged.at("/paths/~1api~1trends/get/responses/200/$ref").asString()).isEqualTo("#/components/schemas/trend.Item");
        assertThat(merged.at("/paths/~1api~1products/get/responses/200/$ref").asString()).isEqualTo("#/components/schemas/Item");
        assertThat(merged.get("x-unavailable-services").get(0).asString()).isEqualTo("analytics");
    }
}
