package io.trendscout.tiktok.shop;

/** TikTok Shop answered with a non-zero code; {@code code} is the Partner API's. */
class ShopFailure extends RuntimeException {

    private final int code;

    ShopFailure(int code, String message) {
        super(message);
        this.code = code;
    }

    int code() {
        return code;
    }
}
