package io.trendscout.sandbox.fastmoss;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import io.trendscout.sandbox.FakeExchange;

/** The fake's sandbox-only hooks over HTTP, for tests that run it in another process. */
final class FastmossHooks {

    private final FastmossFake fake;

    FastmossHooks(FastmossFake fake) {
        this.fake = fake;
    }

    void handle(FakeExchange ex) throws IOException {
        Map<String, String> q = ex.query();
        try {
            switch (ex.path()) {
                case "/__sandbox/reset" -> fake.reset();
                case "/__sandbox/fail-next" -> fake.failNext(Integer.parseInt(q.getOrDefault("count", "1")),
                        Integer.parseInt(q.getOrDefault("status", "500")));
                case "/__sandbox/delay-next" -> fake.delayNext(Integer.parseInt(q.getOrDefault("count", "1")),
                        Long.parseLong(q.getOrDefault("millis", "5000")));
                case "/__sandbox/data-limit" -> fake.dataLimit(Long.parseLong(q.getOrDefault("records", "500000")));
                case "/__sandbox/frequency-limit" -> fake.frequencyLimit(Integer.parseInt(q.getOrDefault("perSecond", "20")));
                case "/__sandbox/throttle-next" -> fake.throttleNext(Integer.parseInt(q.getOrDefault("count", "1")));
                case "/__sandbox/malformed-next" -> fake.malformedNext(Integer.parseInt(q.getOrDefault("count", "1")),
                        q.getOrDefault("kind", "truncated"));
                case "/__sandbox/include-today" -> fake.includeToday(Boolean.parseBoolean(q.getOrDefault("value", "true")));
                case "/__sandbox/clock" -> {
                    Instant at = Instant.parse(q.get("at"));
                    fake.clock(() -> at);
                }
                case "/__sandbox/truth" -> {
                    ex.json(200, fake.world().truth().document());
                    return;
                }
                default -> {
                    ex.json(404, Map.of("error", "unknown hook"));
                    return;
                }
            }
        } catch (RuntimeException bad) {
            ex.json(400, Map.of("error", "bad hook parameter: " + bad.getMessage()));
            return;
        }
        ex.json(200, Map.of("ok", true));
    }
}
