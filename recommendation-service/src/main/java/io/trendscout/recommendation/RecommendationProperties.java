package io.trendscout.recommendation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the recommendation-service ({@code trendscout.recommendation.*}).
 *
 * @param productServiceUrl base URL of the product-service whose public catalog is read
 * @param catalogRefresh how often the catalog is fetched again (sooner after a failure or a ProductSynced event)
 * @param trainingInterval how often the model is retrained (sooner when the catalog changed)
 * @param cfWeight weight of collaborative filtering in the hybrid score
 * @param contentWeight weight of content similarity
 * @param trendWeight weight of trend momentum
 * @param maxPerCategoryPercent share of a list one primary category may fill before it is penalized
 * @param neighbors item neighbours kept per product
 * @param keptModels how many trained models stay in the database
 */
@ConfigurationProperties("trendscout.recommendation")
public record RecommendationProperties(String productServiceUrl, Duration catalogRefresh, Duration trainingInterval,
        double cfWeight, double contentWeight, double trendWeight, int maxPerCategoryPercent, int neighbors,
        int keptModels) {
}
