package io.trendscout.aigenerator.generation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.trendscout.aigenerator.generation.LlmProvider.LlmAttempt;
import io.trendscout.aigenerator.generation.builtin.BuiltinGenerator;
import io.trendscout.aigenerator.subjects.Subject;
import io.trendscout.aigenerator.usage.History;
import io.trendscout.aigenerator.usage.HistoryEntry;
import io.trendscout.aigenerator.usage.Quotas;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feature's entry point. Per request: count the caller's daily quota (429 when spent), answer
 * identical requests from the cache, else try the LLM (if configured and the caller's LLM quota
 * allows) and fall back to the built-in generator when it fails, times out, is rate-limited, the
 * circuit is open or its output breaks the limits; record the result in the caller's history.
 */
@Service
@EnableConfigurationProperties(GenerationProperties.class)
public class Generations {

    private final BuiltinGenerator builtin;
    private final Optional<LlmProvider> llm;
    private final Quotas quotas;
    private final History history;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final Cache<String, Produced> cache;

    Generations(BuiltinGenerator builtin, ObjectProvider<LlmProvider> llm, Quotas quotas, History history,
            JsonMapper json, MeterRegistry meters, GenerationProperties properties) {
        this.builtin = builtin;
        this.llm = Optional.ofNullable(llm.getIfAvailable());
        this.quotas = quotas;
        this.history = history;
        this.json = json;
        this.meters = meters;
        this.cache = Caffeine.newBuilder().expireAfterWrite(properties.ttl()).maximumSize(properties.maxEntries()).build();
    }

    private record Produced(GeneratedResult result, String provider, String promptVersion) {
    }

    public GenerationResponse generate(Kind kind, Subject subject, Language language, Hints hints, UUID userId,
            String tier) {
        quotas.countGeneration(userId, tier);
        String wanted = llm.map(LlmProvider::providerName).orElse(BuiltinGenerator.PROVIDER);
        Produced hit = cache.getIfPresent(CacheKey.of(kind, subject, language, hints, wanted, json));
        if (hit != null) {
            return respond(kind, subject, language, hit, true, null, userId);
        }
        String fallbackReason = null;
        if (llm.isPresent()) {
            LlmAttempt attempt = quotas.tryLlmCall(userId, tier) ? llm.get().attempt(kind, subject, language, hints)
                    : LlmAttempt.failed("quota", null);
            if (attempt.succeeded()) {
                return respond(kind, subject, language, cached(kind, subject, language, hints,
                        new Produced(attempt.result(), wanted, attempt.promptVersion())), false, null, userId);
            }
            fallbackReason = attempt.failure();
            meters.counter("trendscout_ai_fallbacks_total", "reason", fallbackReason).increment();
        }
        GeneratedResult result = builtin.generate(kind, subject, language, hints);
        var violations = ResultLimits.check(result, language, subject.mainKeyword());
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Built-in " + kind + " broke its limits: " + violations);
        }
        Produced produced = cached(kind, subject, language, hints,
                new Produced(result, BuiltinGenerator.PROVIDER, BuiltinGenerator.VERSION));
        return respond(kind, subject, language, produced, false, fallbackReason, userId);
    }

    private Produced cached(Kind kind, Subject subject, Language language, Hints hints, Produced produced) {
        cache.put(CacheKey.of(kind, subject, language, hints, produced.provider(), json), produced);
        return produced;
    }

    private GenerationResponse respond(Kind kind, Subject subject, Language language, Produced produced, boolean fromCache,
            String fallbackReason, UUID userId) {
        meters.counter("trendscout_ai_generations_total", "kind", kind.slug(), "provider", produced.provider(),
                "cached", String.valueOf(fromCache)).increment();
        GenerationResponse response = new GenerationResponse(UUID.randomUUID(), kind.slug(), language.code(),
                produced.provider(), produced.promptVersion(), fromCache, fallbackReason,
                new GenerationResponse.SubjectRef(subject.type(), subject.id(), subject.name(), subject.mainKeyword()),
                produced.result(), Instant.now());
        history.record(new HistoryEntry(response.id(), userId, kind.slug(), language.code(), produced.provider(),
                produced.promptVersion(), subject.type(), subject.id(), subject.name(), fromCache, fallbackReason,
                json.writeValueAsString(produced.result()), response.createdAt()));
        return response;
    }
}
