package io.trendscout.trend.trends;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.TrendDetected;
import io.trendscout.trend.detection.Assessment;
import io.trendscout.trend.detection.PeakPredictor;
import io.trendscout.trend.detection.Prediction;
import io.trendscout.trend.detection.SeriesPoint;
import io.trendscout.trend.detection.TrendDetector;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores one series: runs the detector (and, for trends, the peak predictor) on its analysis
 * window, stores the result, and publishes {@code TrendDetected} through the outbox when the
 * trend appears or its level or lifecycle changes. The trend row is locked for the duration, so
 * concurrent scoring (ingestion and the schedule, several replicas) never publishes twice.
 */
@Service
class TrendScoring {

    private final JdbcTemplate jdbc;
    private final TrendSeries series;
    private final TrendDetector detector;
    private final PeakPredictor predictor;
    private final EventPublisher events;
    private final TrendProperties properties;
    private final Clock clock;
    private final Counter published;

    TrendScoring(JdbcTemplate jdbc, TrendSeries series, TrendDetector detector, PeakPredictor predictor,
            EventPublisher events, TrendProperties properties, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.series = series;
        this.detector = detector;
        this.predictor = predictor;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.published = Counter.builder("trendscout.trend.detected.published").register(meters);
    }

    @Transactional
    public Optional<Assessment> score(UUID trendId) {
        List<State> locked = jdbc.query("""
                select type, display_name, region, category, related_hashtags, first_detected, published_level,
                       published_lifecycle, last_point_at from trend where id = ? for update
                """, (rs, i) -> new State(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Arrays.asList((String[]) rs.getArray(5).getArray()), instant(rs.getTimestamp(6)), rs.getString(7),
                rs.getString(8), instant(rs.getTimestamp(9))), trendId);
        if (locked.isEmpty() || locked.getFirst().lastPointAt() == null) {
            return Optional.empty();
        }
        State state = locked.getFirst();
        List<SeriesPoint> points = series.points(trendId, state.lastPointAt().minus(properties.analysisWindow()));
        if (points.isEmpty()) {
            jdbc.update("update trend set dirty = false, scored_at = now() where id = ?", trendId);
            return Optional.empty();
        }
        Assessment assessment = detector.assess(points);
        Instant firstDetected = state.firstDetected() != null ? state.firstDetected()
                : assessment.detected() ? assessment.at() : null;
        Prediction prediction = firstDetected == null ? null : predictor.predict(points).orElse(null);
        store(trendId, points.getLast(), assessment, prediction, firstDetected);
        boolean changed = !assessment.level().name().equals(state.publishedLevel())
                || !assessment.lifecycle().name().equals(state.publishedLifecycle());
        if (firstDetected != null && (state.firstDetected() == null || changed)) {
            events.publish(new TrendDetected(trendId, state.type(), state.name(), state.category(), state.region(),
                    assessment.score(), assessment.level().name(), assessment.direction().name(),
                    assessment.lifecycle().name(), state.relatedHashtags(), firstDetected,
                    prediction == null ? null : prediction.peakDate()));
            jdbc.update("update trend set published_level = ?, published_lifecycle = ? where id = ?",
                    assessment.level().name(), assessment.lifecycle().name(), trendId);
            published.increment();
        }
        return Optional.of(assessment);
    }

    private void store(UUID id, SeriesPoint latest, Assessment a, Prediction p, Instant firstDetected) {
        var b = a.breakdown();
        jdbc.update("""
                update trend set view_count = ?, like_count = ?, share_count = ?, comment_count = ?, video_count = ?,
                    creator_count = ?, growth_rate = ?, score = ?, level = ?, direction = ?, lifecycle = ?, detected = ?,
                    velocity = ?, acceleration = ?, breadth = ?, volume = ?, burst_z = ?, lift = ?, persistence = ?,
                    views_gained = ?, peak_date = ?, expected_duration_days = ?, max_view_estimate = ?, confidence = ?,
                    first_detected = ?, dirty = false, scored_at = ?, updated_at = now()
                where id = ?
                """, latest.views(), latest.likes(), latest.shares(), latest.comments(), latest.videos(),
                latest.creators(), a.growthRate(), a.score(), a.level().name(), a.direction().name(),
                a.lifecycle().name(), a.detected(), b.velocity(), b.acceleration(), b.breadth(), b.volume(), b.burstZ(),
                b.lift(), b.persistence(), b.viewsGained(), p == null ? null : Timestamp.from(p.peakDate()),
                p == null ? null : p.expectedDuration(), p == null ? null : p.maxViewEstimate(),
                p == null ? null : p.confidenceScore(), firstDetected == null ? null : Timestamp.from(firstDetected),
                Timestamp.from(clock.instant()), id);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record State(String type, String name, String region, String category, List<String> relatedHashtags,
            Instant firstDetected, String publishedLevel, String publishedLifecycle, Instant lastPointAt) {

        State {
            Objects.requireNonNull(type);
        }
    }
}
