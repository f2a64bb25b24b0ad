package io.trendscout.trend.sources.fastmoss;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The FastMoss source bean; it reports itself disabled until credentials are configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FastmossProperties.class)
class FastmossConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    FastmossSource fastmossSource(FastmossProperties properties) {
        return new FastmossSource(properties, FastmossClient.create(properties, JSON, Clock.systemUTC()), Pause.sleeping(),
                JSON);
    }
}
