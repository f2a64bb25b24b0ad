package io.trendscout.tiktok.shop;

import java.net.http.HttpClient;
import java.time.Duration;

import io.trendscout.tiktok.api.ResilientCalls;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ShopProperties.class)
class ShopConfiguration {

    @Bean
    ShopClient shopClient(RestClient.Builder builder, ResilientCalls calls, JsonMapper json, ShopProperties properties) {
        return new ShopClient(builder.clone().requestFactory(factory()).build(), calls, json, properties);
    }

    @Bean
    ProductSource productSource(RestClient.Builder builder, JsonMapper json, ShopProperties properties) {
        return new ProductSource(builder.clone().baseUrl(properties.productUrl()).requestFactory(factory()).build(), json);
    }

    private static JdkClientHttpRequestFactory factory() {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        factory.setReadTimeout(Duration.ofSeconds(15));
        return factory;
    }
}
