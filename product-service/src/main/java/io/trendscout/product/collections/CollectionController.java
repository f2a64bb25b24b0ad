package io.trendscout.product.collections;

import java.util.List;
import java.util.UUID;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.product.shared.PageLimit;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Collections CRUD and their products. */
@RestController
@RequestMapping("/api/collections")
class CollectionController {

    private final Collections collections;

    CollectionController(Collections collections) {
        this.collections = collections;
    }

    @GetMapping
    List<CollectionViews.Summary> mine() {
        return collections.mine(CurrentUser.id());
    }

    @GetMapping("/public")
    List<CollectionViews.Summary> publicOnes(@RequestParam(required = false) Integer limit) {
        return collections.publicOnes(PageLimit.of(limit));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CollectionViews.Detail create(@Valid @RequestBody CollectionRequest request) {
        return collections.create(CurrentUser.id(), request);
    }

    @GetMapping("/{id}")
    CollectionViews.Detail show(@PathVariable UUID id) {
        return collections.show(id);
    }

    @PutMapping("/{id}")
    CollectionViews.Detail update(@PathVariable UUID id, @Valid @RequestBody CollectionRequest request) {
        return collections.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        collections.delete(id);
    }

    @PostMapping("/{id}/products")
    CollectionViews.Detail addProduct(@PathVariable UUID id, @Valid @RequestBody AddProductRequest request) {
        return collections.addProduct(id, request.productId());
    }

    @DeleteMapping("/{id}/products/{productId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeProduct(@PathVariable UUID id, @PathVariable UUID productId) {
        collections.removeProduct(id, productId);
    }
}
