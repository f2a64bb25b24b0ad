package io.trendscout.trend.sources;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.TrendIngestion;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs every enabled {@link TrendSource} whose interval has passed since its last poll. The tick
 * holds a ShedLock lock, so across replicas one polls and the others skip; the last poll, cursor
 * and quota live in {@code source_state}, so a restart or another replica carries on from there.
 * Sources run one after the other: one failing never stops the others.
 */
@Component
class SourcePolling implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SourcePolling.class);
    private static final int FLUSH_EVERY = 2_000;

    private final List<TrendSource> sources;
    private final SourceStates states;
    private final TrendIngestion ingestion;
    private final Clock clock;

    SourcePolling(List<TrendSource> sources, SourceStates states, TrendIngestion ingestion, Clock clock) {
        this.sources = sources;
        this.states = states;
        this.ingestion = ingestion;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        sources.forEach(s -> states.register(s.name(), s.kind(), s.enabled()));
    }

    @Scheduled(fixedDelayString = "${trendscout.trend.sources.tick:30s}", initialDelayString = "${trendscout.trend.sources.first-tick:10s}")
    @SchedulerLock(name = "trend-source-polling", lockAtMostFor = "${trendscout.trend.sources.lock-at-most:30m}")
    void tick() {
        for (TrendSource source : sources) {
            if (!source.enabled()) {
                continue;
            }
            Instant now = clock.instant();
            Optional<Instant> last = states.lastPoll(source.name());
            if (last.isPresent() && last.get().plus(source.interval()).isAfter(now)) {
                continue;
            }
            pollOnce(source);
        }
    }

    /** One cycle of one source, recorded in its health; never throws. */
    void pollOnce(TrendSource source) {
        Instant started = clock.instant();
        states.polled(source.name(), started);
        Cycle cycle = new Cycle(source);
        try {
            PollOutcome outcome = source.poll(cycle);
            cycle.flush();
            states.succeeded(source.name(), source.kind(), clock.instant(), cycle.emitted, cycle.skipped, outcome.note());
            log.info("Trend source {} delivered {} observations ({} skipped){}", source.name(), cycle.emitted, cycle.skipped,
                    outcome.note() == null ? "" : ": " + outcome.note());
        } catch (RuntimeException ex) {
            try {
                cycle.flush();
            } catch (RuntimeException flush) {
                ex.addSuppressed(flush);
            }
            states.failed(source.name(), source.kind(), clock.instant(), ex.getMessage(), cycle.emitted, cycle.skipped);
            log.warn("Trend source {} failed, resumes from its last checkpoint next cycle: {}", source.name(), ex.getMessage());
        }
    }

    /** The context of one cycle: observations are buffered and submitted before any checkpoint. */
    private final class Cycle implements PollContext {

        private final TrendSource source;
        private final List<Observation> pending = new ArrayList<>();
        private final Quota quota;
        private long emitted;
        private long skipped;

        Cycle(TrendSource source) {
            this.source = source;
            this.quota = new StoredQuota(source.name(), source.dailyRequestLimit(), source.dailyRecordLimit(), states, clock);
        }

        @Override
        public Instant now() {
            return clock.instant();
        }

        @Override
        public Optional<String> cursor() {
            return states.cursor(source.name());
        }

        @Override
        public void emit(Observation observation) {
            pending.add(observation);
            if (pending.size() >= FLUSH_EVERY) {
                flush();
            }
        }

        @Override
        public void checkpoint(String cursor) {
            flush();
            states.checkpoint(source.name(), cursor);
        }

        @Override
        public Quota quota() {
            return quota;
        }

        @Override
        public void skipped(String reason) {
            skipped++;
            log.debug("Trend source {} skipped a record: {}", source.name(), reason);
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Observation> valid = new ArrayList<>(pending.size());
            for (Observation o : pending) {
                try {
                    ingestion.checkTime(o);
                    valid.add(o);
                } catch (io.trendscout.trend.trends.InvalidObservation ex) {
                    skipped(ex.getMessage());
                }
            }
            ingestion.submit(valid);
            emitted += valid.size();
            pending.clear();
        }
    }
}
