package io.trendscout.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.util.unit.DataSize;

class PlatformWebPropertiesTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformWebAutoConfiguration.class));

    @Test
    void theBodyLimitIsOneMegabyteLikeTheGateways() {
        runner.run(context -> assertThat(context.getBean(PlatformWebProperties.class).maxBodySize())
                .isEqualTo(DataSize.ofMegabytes(1)));
    }

    @Test
    void theBodyLimitIsConfigurable() {
        runner.withPropertyValues("trendscout.max-body-size=256KB")
                .run(context -> assertThat(context.getBean(PlatformWebProperties.class).maxBodySize())
                        .isEqualTo(DataSize.ofKilobytes(256)));
    }
}
