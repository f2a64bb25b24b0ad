package io.trendscout.product.catalog.merchant;

import java.util.List;
import java.util.UUID;

import io.trendscout.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Merchant product management (role MERCHANT): products and their per-channel listings. */
@RestController
@RequestMapping("/api/products/merchant")
class MerchantProductController {

    private final MerchantProducts merchantProducts;

    MerchantProductController(MerchantProducts merchantProducts) {
        this.merchantProducts = merchantProducts;
    }

    @GetMapping
    List<MerchantProductView> mine() {
        return merchantProducts.mine(CurrentUser.id());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MerchantProductView create(@Valid @RequestBody MerchantProductRequest request) {
        return merchantProducts.create(CurrentUser.id(), request.draft(),
                Boolean.TRUE.equals(request.published()));
    }

    @GetMapping("/{id}")
    MerchantProductView get(@PathVariable UUID id) {
        return merchantProducts.get(id);
    }

    @PutMapping("/{id}")
    MerchantProductView update(@PathVariable UUID id, @Valid @RequestBody MerchantProductRequest request) {
        return merchantProducts.update(id, request.draft(), request.published());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        merchantProducts.delete(id);
    }

    @PutMapping("/{id}/listings/{channel}")
    MerchantProductView putListing(@PathVariable UUID id, @PathVariable String channel,
            @Valid @RequestBody ListingRequest request) {
        return merchantProducts.putListing(id, channel, request);
    }

    @DeleteMapping("/{id}/listings/{channel}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeListing(@PathVariable UUID id, @PathVariable String channel) {
        merchantProducts.removeListing(id, channel);
    }
}
