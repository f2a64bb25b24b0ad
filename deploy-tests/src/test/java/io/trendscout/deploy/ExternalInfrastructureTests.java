package io.trendscout.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

/** postgresql.mode=external and kafka.mode=external: managed services instead of the operators. */
class ExternalInfrastructureTests {

    private final Rendered external = Rendered.external();

    @Test
    void noOperatorResourcesAreRendered() {
        assertThat(external.kinds()).doesNotContain("Cluster", "Kafka", "KafkaNodePool", "KafkaTopic", "ScheduledBackup");
    }

    @Test
    void servicesPointAtTheExternalServers() {
        Map<String, String> data = external.get(ConfigMap.class, Rendered.RELEASE + "-config").getData();
        assertThat(data).containsEntry("TRENDSCOUT_DB_HOST", "db.internal.example")
                .containsEntry("TRENDSCOUT_DB_PORT", "5432")
                .containsEntry("TRENDSCOUT_KAFKA", "kafka-1.example:9092");
    }

    @Test
    void aPreInstallJobCreatesOneRoleAndSchemaPerServiceWithPasswordsFromSecrets() {
        Job job = external.get(Job.class, Rendered.RELEASE + "-db-bootstrap");
        assertThat(job.getMetadata().getAnnotations()).containsEntry("helm.sh/hook", "pre-install,pre-upgrade");
        var container = job.getSpec().getTemplate().getSpec().getContainers().get(0);
        String script = String.join("\n", container.getArgs());
        List<EnvVar> env = container.getEnv();
        for (Platform.Service s : Platform.SERVICES) {
            assertThat(script).contains("-v role=\"trendscout_" + s.schema() + "\"", "-v schema=\"" + s.schema() + "\"");
            assertThat(env).anySatisfy(e -> {
                assertThat(e.getName()).isEqualTo("PW_" + s.schema().toUpperCase());
                assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("trendscout-db-" + s.schema());
            });
        }
        assertThat(script).contains("CREATE SCHEMA IF NOT EXISTS", "\\gexec");
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(job.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
    }

    @Test
    void egressGoesToTheConfiguredNetworksInsteadOfOperatorPods() {
        String egress = new KubernetesSerialization().asJson(external.get(NetworkPolicy.class, "product-service").getSpec().getEgress());
        assertThat(egress).contains("10.20.0.0/16").doesNotContain("cnpg.io/cluster", "strimzi.io/cluster");
    }
}
