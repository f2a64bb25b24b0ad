package io.trendscout.aigenerator.generation.llm;

import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.trendscout.aigenerator.generation.GeneratedResult;
import io.trendscout.aigenerator.generation.Hints;
import io.trendscout.aigenerator.generation.Kind;
import io.trendscout.aigenerator.generation.Language;
import io.trendscout.aigenerator.generation.LlmProvider;
import io.trendscout.aigenerator.generation.ResultLimits;
import io.trendscout.aigenerator.subjects.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the chat model for a JSON object, parses it into the kind's result type and checks it
 * against {@link ResultLimits}. Each call runs under a hard timeout and a circuit breaker; any
 * failure (timeout, 429, error, malformed or invalid output) is reported, never thrown, so the
 * caller can fall back to the built-in generator.
 */
public class LlmGenerator implements LlmProvider {

    private static final Logger log = LoggerFactory.getLogger(LlmGenerator.class);

    private final ChatModel chat;
    private final PromptTemplates prompts;
    private final CircuitBreaker breaker;
    private final String model;
    private final Duration timeout;
    private final JsonMapper json;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    LlmGenerator(ChatModel chat, PromptTemplates prompts, CircuitBreaker breaker, String model, Duration timeout,
            JsonMapper json) {
        this.chat = chat;
        this.prompts = prompts;
        this.breaker = breaker;
        this.model = model;
        this.timeout = timeout;
        this.json = json;
    }

    @Override
    public String providerName() {
        return "llm:" + model;
    }

    @Override
    public LlmAttempt attempt(Kind kind, Subject subject, Language language, Hints hints) {
        String version = prompts.versionOf(kind);
        if (!breaker.tryAcquirePermission()) {
            return LlmAttempt.failed("circuit-open", version);
        }
        long start = System.nanoTime();
        String failure;
        Throwable cause;
        try {
            String text = call(prompts.render(kind, subject, language, hints));
            GeneratedResult result = json.readValue(stripFences(text), kind.resultType());
            List<String> violations = ResultLimits.check(result, language, subject.mainKeyword());
            if (violations.isEmpty()) {
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                return LlmAttempt.ok(result, version);
            }
            failure = "invalid-output";
            cause = new IllegalStateException(String.join("; ", violations));
        } catch (TimeoutException ex) {
            failure = "timeout";
            cause = ex;
        } catch (JacksonException | IllegalArgumentException ex) {
            failure = "malformed-output";
            cause = ex;
        } catch (RuntimeException | ExecutionException ex) {
            failure = timedOut(ex) ? "timeout" : rateLimited(ex) ? "rate-limited" : "error";
            cause = ex;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            failure = "error";
            cause = ex;
        }
        breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, cause);
        log.warn("LLM {} for {} failed ({}): {}", model, kind.slug(), failure, cause.getMessage());
        return LlmAttempt.failed(failure, version);
    }

    private String call(String prompt) throws InterruptedException, ExecutionException, TimeoutException {
        Future<ChatResponse> future = executor.submit(() -> chat.call(new Prompt(prompt)));
        try {
            ChatResponse response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response == null || response.getResult() == null || response.getResult().getOutput().getText() == null) {
                throw new IllegalArgumentException("empty answer");
            }
            return response.getResult().getOutput().getText();
        } catch (TimeoutException ex) {
            future.cancel(true);
            throw new TimeoutException("no answer within " + timeout.toMillis() + " ms");
        }
    }

    private static String stripFences(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("```")) {
            trimmed = trimmed.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        }
        return trimmed;
    }

    /** The HTTP client's own timeout (the same setting as ours) may fire first; it is a timeout all the same. */
    private static boolean timedOut(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof InterruptedIOException || t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean rateLimited(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("RateLimitException")
                    || (t.getMessage() != null && t.getMessage().contains("429"))) {
                return true;
            }
        }
        return false;
    }
}
