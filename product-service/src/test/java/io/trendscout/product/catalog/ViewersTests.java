package io.trendscout.product.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** #18 finding 12: which callers see the research catalog's cost and supplier, by the configured plans. */
class ViewersTests {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anonymousCallersNeverSeeSourcing() {
        assertThat(new Viewers(new Viewers.SourcingProperties(List.of("basic"))).current()).isEqualTo(Viewer.ANONYMOUS);
    }

    @Test
    void everySignedInPlanSeesSourcingByDefault() {
        Viewers viewers = new Viewers(new Viewers.SourcingProperties(null));
        for (String tier : List.of("basic", "premium", "enterprise")) {
            UUID user = signIn(tier);
            assertThat(viewers.current()).isEqualTo(new Viewer(java.util.Optional.of(user), true));
        }
    }

    @Test
    void onlyTheConfiguredPlansSeeSourcing() {
        Viewers premiumOnly = new Viewers(new Viewers.SourcingProperties(List.of(" Premium ")));
        signIn("premium");
        assertThat(premiumOnly.current().seesSourcing()).isTrue();
        signIn("basic");
        assertThat(premiumOnly.current().seesSourcing()).isFalse();
        assertThat(premiumOnly.current().id()).isPresent();
    }

    private static UUID signIn(String tier) {
        UUID user = UUID.randomUUID();
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "ES256").subject(user.toString()).claim("tier", tier).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        return user;
    }
}
