package io.trendscout.recommendation.creators;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.platform.web.InvalidRequest;
import io.trendscout.platform.web.validation.PlainTextValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Creators similar to the signed-in creator (from their own TikTok stats) or matching a niche. */
@RestController
class CreatorController {

    private final Creators creators;

    CreatorController(Creators creators) {
        this.creators = creators;
    }

    /** {@code id} is opaque and new on every answer: a creator is shown by the display data they connected, never their account id. */
    record CreatorItem(UUID id, String displayName, String audienceBand, long followers,
            double engagementRate, long averageViews, List<String> niches, double score, String reason) {
    }

    record CreatorList(boolean basedOnYourStats, List<CreatorItem> items) {
    }

    @GetMapping("/api/recommendations/creators")
    CreatorList similar(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String niche) {
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > 100) {
            throw new InvalidRequest("limit", "limit must be between 1 and 100");
        }
        if (niche != null && (niche.length() > 64 || !new PlainTextValidator().isValid(niche, null))) {
            throw new InvalidRequest("niche", "niche must be at most 64 characters of plain text");
        }
        Creator me = creators.find(CurrentUser.id()).orElse(null);
        Set<String> niches = niche == null || niche.isBlank() ? Set.of()
                : Set.of(niche.toLowerCase(Locale.ROOT).replace("#", "").trim());
        List<CreatorItem> items = CreatorMatcher.similar(me, niches, creators.all(), size).stream()
                .map(m -> new CreatorItem(UUID.randomUUID(), m.creator().displayName(),
                        m.creator().band().name().toLowerCase(Locale.ROOT), m.creator().followers(),
                        m.creator().engagementRate(), m.creator().averageViews(), m.creator().niches(),
                        Math.round(m.score() * 1000) / 1000.0, m.reason()))
                .toList();
        return new CreatorList(me != null, items);
    }
}
