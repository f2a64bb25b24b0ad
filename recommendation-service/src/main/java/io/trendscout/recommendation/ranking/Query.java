package io.trendscout.recommendation.ranking;

/** What the caller asks for: how many, optionally one niche and a price range (on the recommended retail price). */
public record Query(int limit, String niche, Double minPrice, Double maxPrice) {

    public static Query top(int limit) {
        return new Query(limit, null, null, null);
    }

    boolean accepts(Product p) {
        if (niche != null && !niche.isBlank() && (p.niche() == null || !p.niche().equals(Model.key(niche)))) {
            return false;
        }
        if (Boolean.FALSE.equals(p.inStock())) {
            return false;
        }
        if (minPrice != null && (p.price() == null || p.price() < minPrice)) {
            return false;
        }
        return maxPrice == null || (p.price() != null && p.price() <= maxPrice);
    }
}
