package io.trendscout.recommendation.serving;

import java.math.BigDecimal;
import java.util.UUID;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.platform.web.validation.PlainTextValidator;
import io.trendscout.recommendation.ranking.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Product recommendations for the signed-in user, and products similar to one product. */
@RestController
class RecommendationController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** Prices above this are no filter but a mistake (or 1e999, which would become infinity). */
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000000");
    private static final PlainTextValidator PLAIN_TEXT = new PlainTextValidator();

    private final ProductRecommendations recommendations;

    RecommendationController(ProductRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping({"/api/products/recommended", "/api/recommendations/products"})
    RecommendationList recommended(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String niche, @RequestParam(required = false) BigDecimal minPrice,
            @RequestParam(required = false) BigDecimal maxPrice) {
        return recommendations.forUser(CurrentUser.id(), query(limit, niche, minPrice, maxPrice));
    }

    @GetMapping("/api/recommendations/products/{id}/similar")
    RecommendationList similar(@PathVariable UUID id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String niche, @RequestParam(required = false) BigDecimal minPrice,
            @RequestParam(required = false) BigDecimal maxPrice) {
        return recommendations.similarTo(id, query(limit, niche, minPrice, maxPrice));
    }

    static Query query(Integer limit, String niche, BigDecimal minPrice, BigDecimal maxPrice) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidRequest("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (niche != null && (niche.isBlank() || niche.length() > 64 || !PLAIN_TEXT.isValid(niche, null))) {
            throw new InvalidRequest("niche", "niche must be 1 to 64 characters of plain text");
        }
        requirePrice("minPrice", minPrice);
        requirePrice("maxPrice", maxPrice);
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new InvalidRequest("minPrice", "minPrice must not exceed maxPrice");
        }
        return new Query(size, niche == null ? null : niche.trim(), minPrice == null ? null : minPrice.doubleValue(),
                maxPrice == null ? null : maxPrice.doubleValue());
    }

    private static void requirePrice(String name, BigDecimal price) {
        if (price != null && (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0)) {
            throw new InvalidRequest(name, name + " must be between 0 and " + MAX_PRICE.toPlainString());
        }
    }
}
