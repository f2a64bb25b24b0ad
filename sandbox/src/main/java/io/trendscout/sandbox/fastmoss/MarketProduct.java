package io.trendscout.sandbox.fastmoss;

import java.math.BigDecimal;

import io.trendscout.sandbox.world.PlantedTrend;
import io.trendscout.sandbox.world.Shape;

/**
 * One TikTok Shop product of the simulated market (a listing sells in one region).
 *
 * @param index          position in the catalog (keys the deterministic noise)
 * @param commissionRate affiliate commission in percent
 * @param baseUnits      units a day at baseline, before weekly rhythm, noise and shape
 * @param weeklyAmplitude how much the weekday moves sales (0.1 = +-10 %)
 * @param weeklyPhase    the weekday (0 = Monday) sales are highest
 * @param baseCreators   creators promoting it at baseline
 * @param peakCreators   creators promoting it at its peak (planted products)
 * @param planted        its planted shape, or null for an ordinary product
 */
public record MarketProduct(int index, String productId, String title, String region, String currency,
        MarketCategory category, BigDecimal price, int commissionRate, String cover, String sellerId, String shopName,
        double baseUnits, double weeklyAmplitude, int weeklyPhase, int baseCreators, int peakCreators,
        PlantedTrend planted) {

    public Shape shape() {
        return planted == null ? Shape.BACKGROUND : planted.shape();
    }

    MarketProduct plant(double units, int creatorsAtPeak, PlantedTrend trend) {
        return new MarketProduct(index, productId, title, region, currency, category, price, commissionRate, cover,
                sellerId, shopName, units, weeklyAmplitude, weeklyPhase, baseCreators, creatorsAtPeak, trend);
    }
}
