package io.trendscout.product.catalog.search;

import java.util.List;
import java.util.UUID;

import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.product.catalog.ProductDraft;
import io.trendscout.product.catalog.ProductSummary;
import io.trendscout.product.catalog.Viewers;
import io.trendscout.product.shared.PageLimit;
import io.trendscout.product.shared.Slice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public catalog reads: search and filter, a product's page, what is trending. */
@RestController
@RequestMapping("/api/products")
class ProductController {

    private final ProductSearch search;
    private final ProductPages pages;
    private final TrendingProducts trending;

    private final Viewers viewers;

    ProductController(ProductSearch search, ProductPages pages, TrendingProducts trending, Viewers viewers) {
        this.search = search;
        this.pages = pages;
        this.trending = trending;
        this.viewers = viewers;
    }

    @GetMapping
    Slice<ProductSummary> list(@ModelAttribute SearchParams params) {
        return search.search(SearchCriteria.of(params), viewers.current());
    }

    @GetMapping("/trending")
    List<ProductSummary> trending(@RequestParam(required = false) String niche,
            @RequestParam(required = false) Integer limit) {
        if (niche != null && niche.length() > SearchCriteria.MAX_KEY_LENGTH) {
            throw new InvalidRequest("niche", "niche must be at most " + SearchCriteria.MAX_KEY_LENGTH + " characters");
        }
        String key = niche == null || niche.isBlank() ? null : ProductDraft.key(niche);
        return trending.top(key, PageLimit.of(limit, 20, 50), viewers.current());
    }

    /** {@code countView=false}: the read is not the caller's view (services reading on a user's behalf send it). */
    @GetMapping("/{id}")
    ProductView show(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean countView) {
        return pages.show(id, viewers.current(), countView);
    }
}
