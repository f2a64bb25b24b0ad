package io.trendscout.security.keys;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Makes sure a signing key exists at start, replaces it when it is older than the rotation interval, prunes dead keys. */
@Component
class KeyRotation implements ApplicationRunner {

    private final SigningKeys keys;
    private final TokenProperties properties;

    KeyRotation(SigningKeys keys, TokenProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        keys.rotateIfOlderThan(properties.keyRotationInterval());
    }

    @Scheduled(fixedDelayString = "${trendscout.security.tokens.key-check-interval:1h}",
            initialDelayString = "${trendscout.security.tokens.key-check-interval:1h}")
    void rotateWhenDue() {
        keys.rotateIfOlderThan(properties.keyRotationInterval());
        keys.prune();
    }
}
