package io.trendscout.product.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.platform.security.CurrentUser;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The caller of the current request as a {@link Viewer}: sourcing fields by plan ({@code tier} claim). */
@Component
@EnableConfigurationProperties(Viewers.SourcingProperties.class)
public class Viewers {

    /** The plans whose signed-in users see the research catalog's cost and supplier (anonymous callers never do). */
    @ConfigurationProperties("trendscout.product.sourcing")
    record SourcingProperties(List<String> tiers) {

        SourcingProperties {
            tiers = (tiers == null ? List.of("basic", "premium", "enterprise") : tiers).stream()
                    .map(t -> t.trim().toLowerCase(Locale.ROOT)).toList();
        }
    }

    private final SourcingProperties properties;

    Viewers(SourcingProperties properties) {
        this.properties = properties;
    }

    public Viewer current() {
        Optional<UUID> id = CurrentUser.optionalId();
        return new Viewer(id, id.isPresent() && properties.tiers().contains(CurrentUser.tier().toLowerCase(Locale.ROOT)));
    }
}
