package io.trendscout.trend.trends;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way data enters: observations travel the observation topic, keyed by series
 * ({@code TYPE|name|REGION}), so every observation of one trend lands on one partition and the
 * replica owning it stores and scores it ({@code ObservationListener}). Many series need more
 * partitions and replicas, not a bigger machine.
 */
@Service
public class TrendIngestion {

    public static final String TOPIC = "trend.observations.v1";

    private final KafkaTemplate<String, byte[]> kafka;
    private final TrendProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter submitted;

    TrendIngestion(KafkaTemplate<String, byte[]> kafka, TrendProperties properties, JsonMapper json, Clock clock,
            MeterRegistry meters) {
        this.kafka = kafka;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.submitted = Counter.builder("trendscout.trend.observations.submitted").register(meters);
    }

    /**
     * Checks the time rules that depend on now (not in the future beyond the allowed skew, not
     * older than the retention); throws {@link InvalidObservation} otherwise.
     */
    public void checkTime(Observation observation) {
        var now = clock.instant();
        if (observation.at().isAfter(now.plus(properties.maxClockSkew()))) {
            throw new InvalidObservation("timestamp", "lies in the future");
        }
        if (observation.at().isBefore(now.minus(properties.retention()))) {
            throw new InvalidObservation("timestamp", "is older than the retention of " + properties.retention().toDays() + " days");
        }
    }

    /**
     * Hands observations to the observation topic and returns once Kafka has acknowledged all of
     * them; throws {@link IllegalStateException} when it does not in time (nothing is lost: the
     * caller keeps its cursor, and a re-submission replaces, never adds). Validation
     * ({@link #checkTime}) is the caller's.
     */
    public void submit(List<Observation> observations) {
        if (observations.isEmpty()) {
            return;
        }
        List<CompletableFuture<?>> sends = new ArrayList<>(observations.size());
        for (Observation o : observations) {
            sends.add(kafka.send(TOPIC, o.seriesKey(), json.writeValueAsBytes(o)));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while submitting observations", ex);
        } catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Kafka did not take the observations: " + ex.getMessage(), ex);
        }
        submitted.increment(observations.size());
    }
}
