package io.trendscout.product.saved;

import java.util.UUID;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.product.catalog.ProductSummary;
import io.trendscout.product.shared.PageLimit;
import io.trendscout.product.shared.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Save, unsave and list the caller's saved products. */
@RestController
@RequestMapping("/api/products")
class SavedProductController {

    private final SavedProducts saved;

    SavedProductController(SavedProducts saved) {
        this.saved = saved;
    }

    @PostMapping("/{id}/save")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void save(@PathVariable UUID id) {
        saved.save(CurrentUser.id(), id);
    }

    @DeleteMapping("/{id}/save")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsave(@PathVariable UUID id) {
        saved.unsave(CurrentUser.id(), id);
    }

    @GetMapping("/saved")
    Slice<ProductSummary> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return saved.list(CurrentUser.id(), cursor, PageLimit.of(limit));
    }
}
