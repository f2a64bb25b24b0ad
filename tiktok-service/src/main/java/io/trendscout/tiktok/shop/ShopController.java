package io.trendscout.tiktok.shop;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.platform.web.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tiktok/shop")
class ShopController {

    record ConnectRequest(@NotBlank @Size(max = 512) @PlainText String authCode) {
    }

    private final TiktokShop shop;

    ShopController(TiktokShop shop) {
        this.shop = shop;
    }

    @PostMapping("/connect")
    TiktokShop.Status connect(@Valid @RequestBody ConnectRequest request) {
        return shop.connect(CurrentUser.id(), request.authCode());
    }

    @GetMapping
    TiktokShop.Status status() {
        return shop.status(CurrentUser.id()).orElseThrow(TiktokShop.ShopNotConnected::new);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disconnect() {
        if (!shop.disconnect(CurrentUser.id())) {
            throw new TiktokShop.ShopNotConnected();
        }
    }

    /** Publishes a catalog product; without a body its data is read from the product-service. */
    @PostMapping("/products/{id}")
    @ResponseStatus(HttpStatus.CREATED)
    TiktokShop.Published publish(@PathVariable String id, @Valid @RequestBody(required = false) ProductDraft body,
            @AuthenticationPrincipal Jwt jwt) {
        if (id.length() > 64 || !id.matches("[A-Za-z0-9_-]+")) {
            throw new InvalidRequest("id", "A product id has 1 to 64 letters, digits, '-' or '_'");
        }
        return shop.publish(CurrentUser.id(), id, body, jwt.getTokenValue());
    }
}
