package io.trendscout.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The manifests {@code helm template} renders for a set of arguments, parsed into typed models. */
record Rendered(String yaml, List<HasMetadata> objects) {

    static final String RELEASE = "trendscout";
    static final String NAMESPACE = "trendscout";

    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Map<List<String>, Rendered> CACHE = new ConcurrentHashMap<>();

    static Rendered defaults() {
        return of();
    }

    static Rendered production() {
        return of("-f", Helm.PRODUCTION_VALUES.toString());
    }

    static Rendered external() {
        return of("--set", "postgresql.mode=external", "--set", "postgresql.external.host=db.internal.example",
                "--set", "postgresql.external.bootstrap.enabled=true",
                "--set", "kafka.mode=external", "--set", "kafka.external.bootstrapServers=kafka-1.example:9092",
                "--set", "networkPolicy.egress.databaseCidr=10.20.0.0/16");
    }

    /** helm template with the given extra arguments; fails the test if helm does. */
    static Rendered of(String... extraArgs) {
        return CACHE.computeIfAbsent(List.of(extraArgs), args -> {
            Helm.Result result = template(args);
            assertThat(result.exitCode()).as("helm template %s:%n%s", args, result.output()).isZero();
            return parse(result.output());
        });
    }

    static Helm.Result template(List<String> extraArgs) {
        List<String> args = new ArrayList<>(List.of("template", RELEASE, Helm.CHART.toString(), "--namespace", NAMESPACE));
        args.addAll(extraArgs);
        return Helm.run(args);
    }

    static Rendered parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : DOCUMENT_SEPARATOR.split(yaml)) {
            if (document.lines().allMatch(line -> line.isBlank() || line.stripLeading().startsWith("#"))) {
                continue;
            }
            Object parsed = SERIALIZATION.unmarshal(document);
            assertThat(parsed).as("a Kubernetes object:%n%s", document).isInstanceOf(HasMetadata.class);
            objects.add((HasMetadata) parsed);
        }
        return new Rendered(yaml, List.copyOf(objects));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name
                + "; rendered: " + objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList()));
    }

    /** Custom resources (ServiceMonitor, Cluster, Kafka, ...), which fabric8 has no model class for. */
    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    List<String> kinds() {
        return objects.stream().map(HasMetadata::getKind).distinct().sorted().toList();
    }
}
