package io.trendscout.trend.ingest;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trendscout.platform.events.EventInbox;
import io.trendscout.platform.events.EventTypes;
import io.trendscout.platform.events.MalformedEvent;
import io.trendscout.platform.events.ReceivedEvent;
import io.trendscout.platform.events.contracts.StatsFetched;
import io.trendscout.trend.trends.InvalidObservation;
import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.TrendIngestion;
import io.trendscout.trend.trends.TrendType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code StatsFetched}: each hashtag's counters become one observation of that hashtag's
 * series at {@code fetchedAt} (region GLOBAL). Idempotent by event id through the inbox; entries
 * that break the ingestion rules are skipped and counted, the rest of the event is still used.
 * Nothing personal is stored: the user id only keys the Kafka message, so UserErased is not consumed.
 */
@Component
class StatsFetchedListener {

    static final String CONSUMER = "trend-service.stats-fetched";
    private static final Logger log = LoggerFactory.getLogger(StatsFetchedListener.class);

    private final EventInbox inbox;
    private final TrendIngestion ingestion;
    private final JsonMapper json;
    private final Counter skipped;

    StatsFetchedListener(EventInbox inbox, TrendIngestion ingestion, JsonMapper json, MeterRegistry meters) {
        this.inbox = inbox;
        this.ingestion = ingestion;
        this.json = json;
        this.skipped = Counter.builder("trendscout.trend.stats.skipped").register(meters);
    }

    @KafkaListener(topics = "tiktok.stats-fetched.v1")
    void on(String value) {
        ReceivedEvent event = ReceivedEvent.parse(value, json);
        if (!EventTypes.STATS_FETCHED.name().equals(event.type())) {
            return;
        }
        inbox.handleOnce(CONSUMER, event, e -> ingestion.submit(observations(e.payloadAs(StatsFetched.class))));
    }

    List<Observation> observations(StatsFetched stats) {
        if (stats.fetchedAt() == null) {
            throw new MalformedEvent("StatsFetched without fetchedAt");
        }
        List<Observation> observations = new ArrayList<>();
        for (StatsFetched.HashtagPerformance h : stats.hashtags() == null ? List.<StatsFetched.HashtagPerformance>of()
                : stats.hashtags()) {
            try {
                Observation o = Observation.cumulative("creator-panel", TrendType.HASHTAG, h.hashtag(), null, null,
                        stats.fetchedAt(), Observation.Counts.engagement(h.views(), h.likes(), h.shares(), h.comments(),
                                h.videos(), h.creators()), null);
                ingestion.checkTime(o);
                observations.add(o);
            } catch (InvalidObservation ex) {
                skipped.increment();
                log.warn("Skipped a hashtag of StatsFetched {}: {}", stats.subject(), ex.getMessage());
            }
        }
        return observations;
    }
}
