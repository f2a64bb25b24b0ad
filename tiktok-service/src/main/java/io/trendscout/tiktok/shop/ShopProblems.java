package io.trendscout.tiktok.shop;

import io.trendscout.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ShopProblems {

    @ExceptionHandler(TiktokShop.ShopNotConnected.class)
    ResponseEntity<ProblemDetail> notConnected(TiktokShop.ShopNotConnected ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "tiktok-shop-not-connected", "No TikTok Shop connected", ex.getMessage()));
    }

    @ExceptionHandler(TiktokShop.AuthCodeRejected.class)
    ResponseEntity<ProblemDetail> codeRejected(TiktokShop.AuthCodeRejected ex) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "tiktok-shop-code-rejected", "Shop authorization code rejected",
                ex.getMessage());
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", "authCode", "message", "rejected by TikTok Shop")));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ShopFailure.class)
    ResponseEntity<ProblemDetail> failure(ShopFailure ex) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_GATEWAY, "tiktok-shop-error", "TikTok Shop refused the request",
                ex.getMessage());
        problem.setProperty("tiktokCode", ex.code());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
    }

    @ExceptionHandler(ProductSource.ProductServiceUnavailable.class)
    ResponseEntity<ProblemDetail> catalog(ProductSource.ProductServiceUnavailable ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").body(Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE, "product-catalog-unavailable", "Product catalog unavailable", ex.getMessage()));
    }
}
