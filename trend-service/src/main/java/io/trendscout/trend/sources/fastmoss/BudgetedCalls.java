package io.trendscout.trend.sources.fastmoss;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.trendscout.trend.sources.PollContext;
import io.trendscout.trend.sources.Quota;
import io.trendscout.trend.sources.SourceFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The requests of one cycle: each reserved from the persisted daily quota first, paced, and its
 * business code handled: 0 answers the data; 10001 (bad parameter) and 20001 (not found) are
 * logged and counted as skipped; 30002 (data limit) stops the cycle; 30003 (frequency limit) is
 * retried with a doubling backoff, then stops the cycle; 30001, 40001 and unknown codes fail it.
 */
final class BudgetedCalls {

    private static final Logger log = LoggerFactory.getLogger(BudgetedCalls.class);

    private final FastmossClient client;
    private final FastmossProperties properties;
    private final PollContext context;
    private final Pause pause;
    private long lastRequest;
    private int made;

    BudgetedCalls(FastmossClient client, FastmossProperties properties, PollContext context, Pause pause) {
        this.client = client;
        this.properties = properties;
        this.context = context;
        this.pause = pause;
    }

    /** The answer's {@code data}, or empty when the request was skipped (10001, 20001). */
    Optional<JsonNode> call(String what, String path, Map<String, Object> body) {
        Duration backoff = properties.http().throttleBackoff();
        for (int attempt = 1; ; attempt++) {
            reserve();
            FastmossClient.Answer answer = client.post(path, body);
            switch (answer.code()) {
                case 0 -> {
                    JsonNode list = answer.data().path("list");
                    context.quota().records(list.isArray() ? list.size() : 0);
                    return Optional.of(answer.data());
                }
                case 10001, 20001 -> {
                    String reason = "FastMoss " + answer.code() + (answer.code() == 10001 ? " (bad parameter)" : " (not found)")
                            + " on " + what + ": " + answer.msg();
                    log.warn("{}; skipped", reason);
                    context.skipped(reason);
                    return Optional.empty();
                }
                case 30002 -> throw new StopCycle("FastMoss data limit exceeded (30002) after " + made
                        + " requests this cycle; the next cycle resumes from the checkpoint");
                case FastmossClient.FREQUENCY_LIMIT -> {
                    if (attempt >= properties.http().throttleAttempts()) {
                        throw new StopCycle("FastMoss frequency limit (30003) on " + what + " after " + attempt
                                + " tries; the next cycle resumes from the checkpoint");
                    }
                    log.info("FastMoss frequency limit (30003) on {}; retrying in {}", what, backoff);
                    pause.pause(backoff);
                    backoff = backoff.multipliedBy(2);
                }
                case 30001 -> throw new SourceFailure("FastMoss refused the credentials (30001 no permission): " + answer.msg());
                case 40001 -> throw new SourceFailure("FastMoss service error (40001) on " + what + ": " + answer.msg());
                default -> throw new SourceFailure("FastMoss answered code " + answer.code() + " on " + what + ": " + answer.msg());
            }
        }
    }

    int made() {
        return made;
    }

    private void reserve() {
        Quota quota = context.quota();
        if (properties.dailyRequests() > 0 && quota.requestsToday() >= properties.dailyRequests()) {
            throw new StopCycle("FastMoss daily request budget (" + properties.dailyRequests() + ") spent; resumes tomorrow (UTC)");
        }
        if ((properties.dailyRecords() > 0 && quota.recordsToday() >= properties.dailyRecords()) || !quota.recordsLeft()) {
            throw new StopCycle("FastMoss daily record budget spent; resumes tomorrow (UTC)");
        }
        if (!quota.tryRequest()) {
            throw new StopCycle("FastMoss daily request quota spent; resumes tomorrow (UTC)");
        }
        pace();
        made++;
    }

    private void pace() {
        double perSecond = properties.http().requestsPerSecond();
        if (perSecond > 0 && made > 0) {
            long gap = (long) (1_000_000_000L / perSecond);
            long waited = System.nanoTime() - lastRequest;
            if (waited < gap) {
                pause.pause(Duration.ofNanos(gap - waited));
            }
        }
        lastRequest = System.nanoTime();
    }
}
