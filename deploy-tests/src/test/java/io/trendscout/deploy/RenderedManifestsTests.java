package io.trendscout.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered manifest, for both values files, parsed into fabric8's typed models and checked. */
class RenderedManifestsTests {

    static Stream<Named<Supplier<Rendered>>> renders() {
        return Stream.of(
                Named.of("values.yaml", Rendered::defaults),
                Named.of("values-production.yaml", Rendered::production));
    }

    @ParameterizedTest
    @MethodSource("renders")
    void everyServiceHasADeploymentServiceNetworkPolicyAndServiceMonitor(Supplier<Rendered> render) {
        Rendered r = render.get();
        for (Platform.Service s : Platform.ALL) {
            Deployment deployment = r.get(Deployment.class, s.name());
            assertThat(container(deployment).getImage()).endsWith("/" + s.name() + ":" + imageTag(r));
            Service service = r.get(Service.class, s.name());
            assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
            assertThat(service.getSpec().getPorts()).anySatisfy(p -> {
                assertThat(p.getName()).isEqualTo("http");
                assertThat(p.getPort()).isEqualTo(s.port());
            });
            assertThat(service.getSpec().getSelector()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            r.get(NetworkPolicy.class, s.name());
            assertThat(r.custom("ServiceMonitor")).anySatisfy(m -> {
                assertThat(m.getMetadata().getName()).isEqualTo(s.name());
                assertThat(m.get("spec", "selector", "matchLabels").toString()).contains(s.name());
                List<Map<String, Object>> endpoints = m.get("spec", "endpoints");
                assertThat(endpoints).singleElement().satisfies(e -> assertThat(e).containsEntry("path", "/actuator/prometheus"));
            });
        }
        assertThat(r.all(Deployment.class)).hasSize(Platform.ALL.size());
    }

    @ParameterizedTest
    @MethodSource("renders")
    void probesWatchTheActuatorHealthGroupsOnADeclaredPort(Supplier<Rendered> render) {
        for (Deployment deployment : render.get().all(Deployment.class)) {
            Container c = container(deployment);
            List<String> ports = c.getPorts().stream().map(p -> p.getName()).toList();
            assertProbe(c.getStartupProbe(), "/actuator/health/liveness", ports);
            assertProbe(c.getLivenessProbe(), "/actuator/health/liveness", ports);
            assertProbe(c.getReadinessProbe(), "/actuator/health/readiness", ports);
            // the startup probe gives Flyway and the context minutes, liveness takes over afterwards
            Probe startup = c.getStartupProbe();
            assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).isGreaterThanOrEqualTo(120);
        }
    }

    @ParameterizedTest
    @MethodSource("renders")
    void everyContainerHasRequestsAndLimitsAndAHeapSizedFromTheLimit(Supplier<Rendered> render) {
        for (Deployment deployment : render.get().all(Deployment.class)) {
            Container c = container(deployment);
            Map<String, Quantity> requests = c.getResources().getRequests();
            Map<String, Quantity> limits = c.getResources().getLimits();
            assertThat(requests).as(deployment.getMetadata().getName()).containsKeys("cpu", "memory");
            assertThat(limits).as(deployment.getMetadata().getName()).containsKeys("cpu", "memory");
            assertThat(limits.get("memory").getNumericalAmount()).isGreaterThanOrEqualTo(requests.get("memory").getNumericalAmount());
            assertThat(limits.get("cpu").getNumericalAmount()).isGreaterThanOrEqualTo(requests.get("cpu").getNumericalAmount());
            assertThat(limits.get("memory").getNumericalAmount().longValue()).isGreaterThanOrEqualTo(512L * 1024 * 1024);
            assertThat(env(c, "JAVA_TOOL_OPTIONS").getValue()).contains("-XX:MaxRAMPercentage=75").doesNotContain("-Xmx");
        }
    }

    @ParameterizedTest
    @MethodSource("renders")
    void podsRunNonRootWithAReadOnlyRootFilesystemAndNoPrivileges(Supplier<Rendered> render) {
        for (Deployment deployment : render.get().all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            assertThat(podContext.getRunAsNonRoot()).isTrue();
            assertThat(podContext.getRunAsUser()).isPositive();
            assertThat(podContext.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();

            Container c = container(deployment);
            SecurityContext sc = c.getSecurityContext();
            assertThat(sc.getRunAsNonRoot()).isTrue();
            assertThat(sc.getReadOnlyRootFilesystem()).isTrue();
            assertThat(sc.getAllowPrivilegeEscalation()).isFalse();
            assertThat(sc.getPrivileged()).isFalse();
            assertThat(sc.getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(sc.getCapabilities().getAdd()).isNullOrEmpty();

            // the only writable place is /tmp, an emptyDir
            assertThat(c.getVolumeMounts()).singleElement().satisfies(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
            Volume tmp = pod.getVolumes().stream().filter(v -> v.getName().equals(c.getVolumeMounts().get(0).getName())).findFirst().orElseThrow();
            assertThat(tmp.getEmptyDir()).isNotNull();
            assertThat(env(c, "JAVA_TOOL_OPTIONS").getValue()).contains("-Djava.io.tmpdir=/tmp");
        }
    }

    @ParameterizedTest
    @MethodSource("renders")
    void secretsAreOnlyReferencedNeverRenderedOrInlined(Supplier<Rendered> render) {
        Rendered r = render.get();
        assertThat(r.all(Secret.class)).isEmpty();
        assertThat(r.kinds()).doesNotContain("Secret");
        for (Platform.Service s : Platform.ALL) {
            Container c = container(r.get(Deployment.class, s.name()));
            for (EnvVar e : c.getEnv()) {
                if (e.getName().matches(".*(PASSWORD|SECRET|_KEY|_KEYS|TOKEN).*")) {
                    assertThat(e.getValue()).as(e.getName() + " of " + s.name()).isNull();
                    assertThat(e.getValueFrom().getSecretKeyRef()).as(e.getName()).isNotNull();
                }
            }
            if (s.hasDatabase()) {
                assertThat(env(c, "TRENDSCOUT_DB_USER").getValueFrom().getSecretKeyRef().getName()).isEqualTo("trendscout-db-" + s.schema());
                assertThat(env(c, "TRENDSCOUT_DB_PASSWORD").getValueFrom().getSecretKeyRef().getName()).isEqualTo("trendscout-db-" + s.schema());
                assertThat(env(c, "TRENDSCOUT_CRYPTO_KEY").getValueFrom().getSecretKeyRef().getName()).isEqualTo("trendscout-crypto");
            }
        }
        // the configuration the services share carries no secret
        ConfigMap config = r.get(ConfigMap.class, Rendered.RELEASE + "-config");
        assertThat(config.getData().keySet()).noneMatch(k -> k.matches(".*(PASSWORD|SECRET|TOKEN|CRYPTO).*"));
    }

    @ParameterizedTest
    @MethodSource("renders")
    void sharedConfigurationWiresEveryServiceIntoTheGateway(Supplier<Rendered> render) {
        Rendered r = render.get();
        Map<String, String> data = r.get(ConfigMap.class, Rendered.RELEASE + "-config").getData();
        for (Platform.Service s : Platform.SERVICES) {
            assertThat(data).containsEntry("TRENDSCOUT_" + s.gatewayKey() + "_URL", "http://" + s.name() + ":" + s.port());
        }
        assertThat(data).containsEntry("TRENDSCOUT_JWKS_URI", "http://security-service:8081/.well-known/jwks.json")
                .containsKeys("TRENDSCOUT_DB_HOST", "TRENDSCOUT_DB_PORT", "TRENDSCOUT_DB_NAME", "TRENDSCOUT_KAFKA",
                        "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "TRENDSCOUT_JWT_ISSUER", "TRENDSCOUT_MAIL_FROM");
        assertThat(data.get("TRENDSCOUT_GATEWAY_URL")).startsWith("https://");
        assertThat(data.values()).as("empty settings are left to the services' defaults").noneMatch(String::isEmpty);
        for (Deployment deployment : r.all(Deployment.class)) {
            assertThat(container(deployment).getEnvFrom()).anySatisfy(
                    source -> assertThat(source.getConfigMapRef().getName()).isEqualTo(Rendered.RELEASE + "-config"));
            assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations()).containsKey("checksum/config");
        }
    }

    @ParameterizedTest
    @MethodSource("renders")
    void onlyTheGatewayIsExposedThroughATlsIngress(Supplier<Rendered> render) {
        Rendered r = render.get();
        assertThat(r.all(Ingress.class)).singleElement().satisfies(ingress -> {
            assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
                assertThat(tls.getSecretName()).isNotBlank();
                assertThat(tls.getHosts()).containsExactly(ingress.getSpec().getRules().get(0).getHost());
            });
            assertThat(ingress.getSpec().getRules()).allSatisfy(rule -> assertThat(rule.getHttp().getPaths())
                    .allSatisfy(path -> assertThat(path.getBackend().getService().getName()).isEqualTo("gateway")));
        });
        assertThat(r.all(Service.class)).allSatisfy(s -> assertThat(s.getSpec().getType()).isEqualTo("ClusterIP"));
        // the gateway's actuator (metrics, routes) is on a port the Ingress does not route
        Container gateway = container(r.get(Deployment.class, "gateway"));
        assertThat(env(gateway, "MANAGEMENT_SERVER_PORT").getValue()).isNotEqualTo("8080");
    }

    @ParameterizedTest
    @MethodSource("renders")
    void networkPoliciesAdmitServicesOnlyFromTheGatewayAndPrometheus(Supplier<Rendered> render) {
        Rendered r = render.get();
        for (Platform.Service s : Platform.ALL) {
            NetworkPolicy policy = r.get(NetworkPolicy.class, s.name());
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", s.name());
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress();
            assertThat(rules).isNotEmpty().allSatisfy(rule -> {
                assertThat(rule.getFrom()).as("a rule without 'from' admits everyone").isNotEmpty();
                assertThat(rule.getPorts()).as("a rule without ports admits every port").isNotEmpty();
                assertThat(rule.getFrom()).allSatisfy(peer -> assertThat(peer.getIpBlock()).isNull());
            });
            List<NetworkPolicyPeer> peers = rules.stream().flatMap(rule -> rule.getFrom().stream()).toList();
            List<Map<String, String>> namespaces = peers.stream().filter(p -> p.getNamespaceSelector() != null)
                    .map(p -> p.getNamespaceSelector().getMatchLabels()).toList();
            assertThat(namespaces).contains(Map.of("kubernetes.io/metadata.name", "monitoring"));
            if (s == Platform.GATEWAY) {
                assertThat(namespaces).containsExactlyInAnyOrder(Map.of("kubernetes.io/metadata.name", "monitoring"),
                        Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
            } else {
                assertThat(peers).filteredOn(p -> p.getNamespaceSelector() == null).isNotEmpty().allSatisfy(p ->
                        assertThat(p.getPodSelector().getMatchLabels()).containsKey("app.kubernetes.io/name"));
                assertThat(peers).filteredOn(p -> p.getPodSelector() != null)
                        .anySatisfy(p -> assertThat(p.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "gateway"));
                // the only other namespace allowed in is Prometheus'
                assertThat(namespaces).containsOnly(Map.of("kubernetes.io/metadata.name", "monitoring"));
            }
            // egress: DNS always; database, Kafka and SMTP for services with a schema
            String egress = new KubernetesSerialization().asJson(policy.getSpec().getEgress());
            assertThat(egress).contains("\"port\":53");
            if (s.hasDatabase()) {
                assertThat(egress).contains("cnpg.io/cluster", "strimzi.io/cluster", "\"port\":587");
            }
        }
        // every service fetches the JWKS from security-service
        NetworkPolicy security = r.get(NetworkPolicy.class, "security-service");
        List<String> callers = security.getSpec().getIngress().stream().flatMap(rule -> rule.getFrom().stream())
                .filter(p -> p.getPodSelector() != null).map(p -> p.getPodSelector().getMatchLabels().get("app.kubernetes.io/name")).toList();
        assertThat(callers).containsAll(Platform.ALL.stream().map(Platform.Service::name).filter(n -> !n.equals("security-service")).toList());
    }

    @ParameterizedTest
    @MethodSource("renders")
    void everyTopicAndItsDeadLetterTopicIsAKafkaTopicOfTheKraftCluster(Supplier<Rendered> render) {
        Rendered r = render.get();
        GenericKubernetesResource kafka = r.custom("Kafka").get(0);
        assertThat(kafka.getMetadata().getAnnotations())
                .containsEntry("strimzi.io/node-pools", "enabled").containsEntry("strimzi.io/kraft", "enabled");
        assertThat((Object) kafka.get("spec", "zookeeper")).as("KRaft: no ZooKeeper").isNull();
        assertThat(r.custom("KafkaNodePool")).singleElement().satisfies(pool -> {
            assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            List<String> roles = pool.get("spec", "roles");
            assertThat(roles).containsExactlyInAnyOrder("controller", "broker");
        });

        List<GenericKubernetesResource> topics = r.custom("KafkaTopic");
        List<String> names = topics.stream().map(t -> (String) t.get("spec", "topicName")).toList();
        List<String> expected = Platform.TOPICS.stream().flatMap(t -> Stream.of(t, t + ".DLT")).toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(topics).allSatisfy(t -> {
            assertThat(t.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            assertThat(t.getMetadata().getName()).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
            assertThat(((Number) t.get("spec", "partitions")).intValue()).isPositive();
        });
        assertThat(r.get(ConfigMap.class, Rendered.RELEASE + "-config").getData())
                .containsEntry("TRENDSCOUT_KAFKA", kafka.getMetadata().getName() + "-kafka-bootstrap:9092");
    }

    @ParameterizedTest
    @MethodSource("renders")
    void postgresHasOneManagedRoleAndSchemaPerService(Supplier<Rendered> render) {
        Rendered r = render.get();
        GenericKubernetesResource cluster = r.custom("Cluster").get(0);
        assertThat(cluster.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");
        List<Map<String, Object>> roles = cluster.get("spec", "managed", "roles");
        List<String> sql = cluster.get("spec", "bootstrap", "initdb", "postInitApplicationSQL");
        for (Platform.Service s : Platform.SERVICES) {
            String role = "trendscout_" + s.schema();
            assertThat(roles).anySatisfy(role1 -> {
                assertThat(role1).containsEntry("name", role).containsEntry("login", true);
                assertThat(role1.get("passwordSecret")).isEqualTo(Map.of("name", "trendscout-db-" + s.schema()));
            });
            assertThat(sql).contains("CREATE SCHEMA IF NOT EXISTS " + s.schema() + " AUTHORIZATION " + role);
        }
        // plus, in production, the gateway's own role for the shared rate-limit buckets
        assertThat(roles.stream().filter(role -> !"trendscout_gateway".equals(role.get("name"))))
                .hasSize(Platform.SERVICES.size());
        assertThat(r.get(ConfigMap.class, Rendered.RELEASE + "-config").getData())
                .containsEntry("TRENDSCOUT_DB_HOST", cluster.getMetadata().getName() + "-rw");
    }

    @ParameterizedTest
    @MethodSource("renders")
    void alertsCoverErrorRateLatencyConsumerLagAndOutboxBacklog(Supplier<Rendered> render) {
        Rendered r = render.get();
        GenericKubernetesResource rule = r.custom("PrometheusRule").get(0);
        List<Map<String, Object>> groups = rule.get("spec", "groups");
        List<Map<String, Object>> rules = groups.stream()
                .flatMap(g -> ((List<Map<String, Object>>) g.get("rules")).stream()).toList();
        Map<String, String> alerts = rules.stream().filter(x -> x.containsKey("alert"))
                .collect(java.util.stream.Collectors.toMap(x -> (String) x.get("alert"), x -> (String) x.get("expr")));
        assertThat(alerts).containsKeys("TrendscoutHighErrorRate", "TrendscoutHighLatencyP99",
                "TrendscoutKafkaConsumerLag", "TrendscoutOutboxBacklog", "TrendscoutServiceDown");
        String recorded = rules.stream().map(x -> (String) x.get("expr")).filter(Objects::nonNull)
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(recorded).contains("http_server_requests_seconds_count", "status=~\"5..\"",
                "histogram_quantile(0.99", "kafka_consumer_fetch_manager_records_lag_max", "trendscout_outbox_incomplete");
        assertThat(r.yaml()).doesNotContain("<no value>"); // helm's mark of a value the templates miss
    }

    @ParameterizedTest
    @MethodSource("renders")
    void theGrafanaDashboardIsValidJsonWithTheSloPanels(Supplier<Rendered> render) {
        ConfigMap dashboard = render.get().get(ConfigMap.class, Rendered.RELEASE + "-grafana-dashboard");
        assertThat(dashboard.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        Map<String, Object> json = new KubernetesSerialization().unmarshal(dashboard.getData().get("trendscout.json"), Map.class);
        List<Map<String, Object>> panels = (List<Map<String, Object>>) json.get("panels");
        assertThat(panels.stream().map(p -> (String) p.get("title")).toList())
                .anyMatch(t -> t.contains("error ratio")).anyMatch(t -> t.contains("p99"))
                .anyMatch(t -> t.contains("consumer lag")).anyMatch(t -> t.contains("Outbox"));
    }

    @ParameterizedTest
    @MethodSource("renders")
    void helmTestFetchesTheJwksThroughTheGatewayAsAnUnprivilegedPod(Supplier<Rendered> render) {
        Rendered r = render.get();
        io.fabric8.kubernetes.api.model.Pod pod = r.get(io.fabric8.kubernetes.api.model.Pod.class, Rendered.RELEASE + "-smoke-test");
        assertThat(pod.getMetadata().getAnnotations()).containsEntry("helm.sh/hook", "test");
        Container curl = pod.getSpec().getContainers().get(0);
        assertThat(String.join(" ", curl.getArgs())).contains("http://gateway:8080/.well-known/jwks.json");
        assertThat(curl.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(pod.getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
        // the gateway's policy lets exactly this pod in
        assertThat(r.get(NetworkPolicy.class, "gateway").getSpec().getIngress()).anySatisfy(rule -> assertThat(rule.getFrom())
                .filteredOn(p -> p.getPodSelector() != null).anySatisfy(p -> assertThat(p.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "smoke-test")));
    }

    private static void assertProbe(Probe probe, String path, List<String> declaredPorts) {
        assertThat(probe).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(declaredPorts).contains(probe.getHttpGet().getPort().getStrVal());
        assertThat(probe.getPeriodSeconds()).isPositive();
        assertThat(probe.getTimeoutSeconds()).isPositive();
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no env " + name + " in " + container.getName()));
    }

    private static String imageTag(Rendered r) {
        return r == Rendered.production() ? "0.1.0" : "0.1.0-SNAPSHOT";
    }
}
