package io.trendscout.aigenerator.usage;

import java.util.List;
import java.util.UUID;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.platform.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/generate/history?page=0&size=20}: the caller's generations, newest first. */
@RestController
class HistoryController {

    private final History history;
    private final JsonMapper json;

    HistoryController(History history, JsonMapper json) {
        this.history = history;
        this.json = json;
    }

    record Item(UUID id, String kind, String language, String provider, String promptVersion, String subjectType,
            String subjectId, String subjectName, boolean cached, String fallbackReason, JsonNode result,
            java.time.Instant createdAt) {
    }

    record Page(List<Item> items, int page, int size, long total) {
    }

    @GetMapping("/api/generate/history")
    Page list(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        int p = number("page", page, 0, 0, 10_000);
        int s = number("size", size, 20, 1, 100);
        UUID user = CurrentUser.id();
        List<Item> items = history.page(user, p, s).stream()
                .map(e -> new Item(e.id(), e.kind(), e.language(), e.provider(), e.promptVersion(), e.subjectType(),
                        e.subjectId(), e.subjectName(), e.cached(), e.fallbackReason(), json.readTree(e.resultJson()),
                        e.createdAt()))
                .toList();
        return new Page(items, p, s, history.count(user));
    }

    private static int number(String field, String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidRequest(field, field + " must be a whole number between " + min + " and " + max);
    }
}
