package io.trendscout.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

/** values-production.yaml: replicated, autoscaled, disruption-safe; values.yaml: small. */
class ProductionValuesTests {

    private final Rendered production = Rendered.production();

    @Test
    void everyServiceAutoscalesFromTwoReplicasOnCpu() {
        for (Platform.Service s : Platform.ALL) {
            HorizontalPodAutoscaler hpa = production.get(HorizontalPodAutoscaler.class, s.name());
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(s.name());
            assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
            assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
            assertThat(hpa.getSpec().getMetrics()).anySatisfy(m -> assertThat(m.getResource().getName()).isEqualTo("cpu"));
            // the HPA owns the replica count: the Deployment must not fight it on every upgrade
            assertThat(production.get(Deployment.class, s.name()).getSpec().getReplicas()).isNull();
        }
        assertThat(production.get(HorizontalPodAutoscaler.class, "gateway").getSpec().getMinReplicas()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theGatewayReplicasShareTheirRateLimitBudgetsInPostgres() {
        Deployment gateway = production.get(Deployment.class, "gateway");
        var env = gateway.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
        assertThat(env).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("TRENDSCOUT_RATE_LIMIT_STORE");
            assertThat(e.getValue()).isEqualTo("postgres");
        });
        assertThat(env).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("TRENDSCOUT_DB_PASSWORD");
            assertThat(e.getValueFrom().getSecretKeyRef().getName()).endsWith("gateway");
        });
        assertThat(production.custom("Cluster").get(0).toString()).contains("trendscout_gateway");
    }

    @Test
    void everyServiceHasADisruptionBudgetSelectingItsPods() {
        for (Platform.Service s : Platform.ALL) {
            PodDisruptionBudget pdb = production.get(PodDisruptionBudget.class, s.name());
            Deployment deployment = production.get(Deployment.class, s.name());
            assertThat(pdb.getSpec().getSelector().getMatchLabels()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
            assertThat(deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints()).isNotEmpty();
        }
    }

    @Test
    void postgresAndKafkaAreReplicated() {
        GenericKubernetesResource cluster = production.custom("Cluster").get(0);
        assertThat(((Number) cluster.get("spec", "instances")).intValue()).isEqualTo(3);
        GenericKubernetesResource pool = production.custom("KafkaNodePool").get(0);
        assertThat(((Number) pool.get("spec", "replicas")).intValue()).isEqualTo(3);
        Map<String, Object> config = production.custom("Kafka").get(0).get("spec", "kafka", "config");
        assertThat(config).containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3);
        assertThat(production.custom("KafkaTopic")).allSatisfy(t -> {
            assertThat(((Number) t.get("spec", "replicas")).intValue()).isEqualTo(3);
            Map<String, Object> topicConfig = t.get("spec", "config");
            assertThat(topicConfig).containsEntry("min.insync.replicas", 2);
        });
    }

    @Test
    void theDefaultIsSmallWithoutAutoscalingOrBudgets() {
        Rendered small = Rendered.defaults();
        assertThat(small.all(HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(small.all(PodDisruptionBudget.class)).isEmpty();
        assertThat(small.all(Deployment.class)).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
        assertThat(((Number) small.custom("Cluster").get(0).get("spec", "instances")).intValue()).isEqualTo(1);
        List<String> imageTags = production.all(Deployment.class).stream()
                .map(d -> RenderedManifestsTests.container(d).getImage()).map(i -> i.substring(i.lastIndexOf(':') + 1)).distinct().toList();
        assertThat(imageTags).as("production pins one released tag").containsExactly("0.1.0");
    }
}
