package io.trendscout.analytics.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.platform.web.InvalidRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's analytics. Every endpoint takes {@code from}/{@code to} (ISO local dates, inclusive,
 * default: the last 30 days), {@code granularity} (day|week|month) and {@code tz} (IANA id, default
 * UTC), and answers JSON or, with {@code Accept: text/csv}, CSV.
 */
@RestController
@RequestMapping("/api/analytics")
class AnalyticsController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Reports reports;
    private final Clock clock;

    AnalyticsController(Reports reports) {
        this.reports = reports;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/dashboard")
    ResponseEntity<?> dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String granularity, @RequestParam(required = false) String tz,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        var report = reports.dashboard(CurrentUser.id(), Period.of(from, to, granularity, tz, clock));
        return answer(accept, report, Csv::of, "dashboard");
    }

    @GetMapping("/user")
    ResponseEntity<?> user(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String granularity, @RequestParam(required = false) String tz,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        var report = reports.user(CurrentUser.id(), Period.of(from, to, granularity, tz, clock));
        return answer(accept, report, Csv::of, "user-activity");
    }

    /** {@code scope=mine} (default): the caller's interactions; {@code scope=platform}: all users, admins only. */
    @GetMapping("/products")
    ResponseEntity<?> products(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String granularity, @RequestParam(required = false) String tz,
            @RequestParam(defaultValue = "mine") String scope, @RequestParam(defaultValue = "20") int limit,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Period period = Period.of(from, to, granularity, tz, clock);
        UUID owner = switch (scope) {
            case "mine" -> CurrentUser.id();
            case "platform" -> {
                if (!CurrentUser.hasRole("ADMIN")) {
                    throw new PlatformScopeDenied();
                }
                yield null;
            }
            default -> throw new InvalidRequest("scope", "scope must be mine or platform");
        };
        var report = reports.products(owner, period, limit(limit));
        return answer(accept, report, Csv::of, "products");
    }

    /** Trends are platform-wide (no personal data): every signed-in user reads the same numbers. */
    @GetMapping("/trends")
    ResponseEntity<?> trends(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String granularity, @RequestParam(required = false) String tz,
            @RequestParam(defaultValue = "20") int limit,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        var report = reports.trends(Period.of(from, to, granularity, tz, clock), limit(limit));
        return answer(accept, report, Csv::of, "trends");
    }

    @GetMapping("/tiktok")
    ResponseEntity<?> tiktok(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String granularity, @RequestParam(required = false) String tz,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        var report = reports.tiktok(CurrentUser.id(), Period.of(from, to, granularity, tz, clock));
        return answer(accept, report, Csv::of, "tiktok-growth");
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidRequest("limit", "limit must be between 1 and 500");
        }
        return limit;
    }

    private static <T> ResponseEntity<?> answer(String accept, T report, Function<T, String> csv, String name) {
        if (wantsCsv(accept)) {
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                    .body(csv.apply(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    /** CSV only when asked for explicitly (and preferred over JSON); JSON otherwise. */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        java.util.List<MediaType> types;
        try {
            types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (org.springframework.http.InvalidMediaTypeException ex) {
            return false;
        }
        types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }
}
