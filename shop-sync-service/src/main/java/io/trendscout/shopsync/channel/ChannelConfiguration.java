package io.trendscout.shopsync.channel;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChannelProperties.class)
class ChannelConfiguration {

    @Bean
    ShopChannels shopChannels(ChannelProperties properties, MeterRegistry meters, JsonMapper json) {
        ResilientCalls calls = new ResilientCalls(properties.http(), meters);
        Http http = new Http(properties.http().connectTimeout(), properties.http().readTimeout());
        return new ShopChannels(Map.of(
                Platform.SHOPIFY, new ShopifyClient(properties.shopify(), http, calls, json),
                Platform.AMAZON, new AmazonClient(properties.amazon(), http, calls, json, new LwaTokens(properties.amazon(), http, json)),
                Platform.KAUFLAND, new KauflandClient(properties.kaufland(), http, calls, json)), calls);
    }
}
