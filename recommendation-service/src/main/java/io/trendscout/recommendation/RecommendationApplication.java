package io.trendscout.recommendation;

import io.trendscout.recommendation.ranking.Recommender;
import io.trendscout.recommendation.ranking.Weights;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Recommendation service: hybrid personalized product and creator recommendations. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(RecommendationProperties.class)
public class RecommendationApplication {

    public static void main(String[] args) {
        SpringApplication.run(RecommendationApplication.class, args);
    }

    @Bean
    Weights weights(RecommendationProperties properties) {
        return new Weights(properties.cfWeight(), properties.contentWeight(), properties.trendWeight(),
                properties.maxPerCategoryPercent(), properties.neighbors());
    }

    @Bean
    Recommender recommender(Weights weights) {
        return new Recommender(weights);
    }
}
