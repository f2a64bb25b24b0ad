package io.trendscout.tiktok.api;

import java.net.http.HttpClient;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration {

    @Bean
    ResilientCalls tiktokResilientCalls(ApiProperties properties, MeterRegistry meters) {
        return new ResilientCalls(properties, meters);
    }

    @Bean
    TiktokApi tiktokApi(RestClient.Builder builder, ApiProperties properties, ResilientCalls calls, JsonMapper json,
            @Value("${trendscout.tiktok.oauth.client-key:}") String clientKey,
            @Value("${trendscout.tiktok.oauth.client-secret:}") String clientSecret) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        factory.setReadTimeout(properties.readTimeout());
        RestClient http = builder.clone().baseUrl(properties.baseUrl()).requestFactory(factory).build();
        return new TiktokApi(http, calls, json, clientKey, clientSecret);
    }
}
