package io.trendscout.trend.trends;

import io.trendscout.trend.detection.PeakPredictor;
import io.trendscout.trend.detection.TrendDetector;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrendProperties.class)
class TrendConfiguration {

    @Bean
    TrendDetector trendDetector(TrendProperties properties) {
        return new TrendDetector(properties.detector().settings());
    }

    @Bean
    PeakPredictor peakPredictor() {
        return new PeakPredictor();
    }

    @Bean
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }
}
