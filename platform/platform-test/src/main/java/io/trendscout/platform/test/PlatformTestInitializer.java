package io.trendscout.platform.test;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service's Spring context at the shared test servers, each context with a schema and
 * consumer group of its own so tests cannot see each other's rows or steal each other's messages.
 */
public class PlatformTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infra = TestInfrastructure.get();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", infra.postgres().jdbcUrl("postgres") + "&currentSchema=" + schema);
        properties.put("spring.datasource.username", infra.postgres().username());
        properties.put("spring.datasource.password", infra.postgres().password());
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.kafka.bootstrap-servers", infra.kafka().bootstrapServers());
        properties.put("spring.kafka.consumer.group-id", "test-" + schema);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(infra.smtp().port()));
        properties.put("trendscout.security.jwk-set-uri", infra.tokens().jwkSetUri());
        properties.put("trendscout.crypto.key", Base64.getEncoder().encodeToString(new byte[32]));
        properties.put("trendscout.test.schema", schema);
        properties.put("trendscout.metrics.user", ServiceBootChecks.METRICS_USER);
        properties.put("trendscout.metrics.password", ServiceBootChecks.METRICS_PASSWORD);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("trendscout-test", properties));
    }
}
