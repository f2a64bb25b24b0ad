package io.trendscout.trend.ingest;

import io.trendscout.platform.security.CurrentUser;
import io.trendscout.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/trends/import} (ADMIN only): JSON lines ({@code application/x-ndjson},
 * {@code application/jsonl}; {@code application/json} also takes a JSON array) or CSV
 * ({@code text/csv}) by Content-Type; answers with a row-by-row report.
 */
@RestController
class TrendImportController {

    private final TrendImport imports;

    TrendImportController(TrendImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/trends/import", consumes = {"application/x-ndjson", "application/jsonl",
            "application/json-lines", MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ImportReport importRows(@RequestHeader("Content-Type") MediaType contentType, @RequestBody String body) {
        if (!CurrentUser.hasRole("ADMIN")) {
            throw new AdminOnly();
        }
        TrendImport.Format format = contentType.isCompatibleWith(MediaType.parseMediaType("text/csv"))
                ? TrendImport.Format.CSV : TrendImport.Format.JSON_LINES;
        return imports.run(format, body);
    }

    @ExceptionHandler(AdminOnly.class)
    ResponseEntity<ProblemDetail> adminOnly(AdminOnly ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage()));
    }

    @ExceptionHandler(ImportTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(ImportTooLarge ex) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "import-too-large", "Import too large", ex.getMessage()));
    }
}
