package io.trendscout.trend.trends;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trendscout.platform.events.EventPublisher;
import io.trendscout.platform.events.contracts.TrendDetected;
import io.trendscout.trend.detection.Assessment;
import io.trendscout.trend.detection.PeakPredictor;
import io.trendscout.trend.detection.Prediction;
import io.trendscout.trend.detection.Evidence;
import io.trendscout.trend.detection.SeriesJudge;
import io.trendscout.trend.detection.SeriesPoint;
import io.trendscout.trend.detection.Stage;
import io.trendscout.trend.detection.StageState;
import io.trendscout.trend.detection.StageStep;
import io.trendscout.trend.detection.Verdict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores source series in batches, set-based: locks the dirty ones ({@code skip locked}, so
 * replicas and the schedule never judge one series twice at once), loads their buckets in one
 * query, replays each causally from where it was last scored ({@link io.trendscout.trend.detection.SeriesJudge}), stores the
 * verdicts and stage changes, then combines every touched trend from its series (the most advanced
 * stage wins, then the higher score) and publishes {@code TrendDetected} through the outbox when a
 * trend is confirmed or its level or lifecycle changes.
 */
@Service
public class TrendScoring {

    private final JdbcTemplate jdbc;
    private final Judges judges;
    private final PeakPredictor predictor;
    private final EventPublisher events;
    private final TrendProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter published;
    private final Counter steps;

    TrendScoring(JdbcTemplate jdbc, Judges judges, PeakPredictor predictor, EventPublisher events,
            TrendProperties properties, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.judges = judges;
        this.predictor = predictor;
        this.events = events;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.published = Counter.builder("trendscout.trend.detected.published").register(meters);
        this.steps = Counter.builder("trendscout.trend.scoring.steps").register(meters);
    }

    /** Scores those of the given series that are dirty and not being scored elsewhere; returns how many. */
    @Transactional
    public int score(Collection<UUID> seriesIds) {
        if (seriesIds.isEmpty()) {
            return 0;
        }
        List<Series> series = jdbc.query("""
                select s.id, s.trend_id, s.source, s.bucket, s.measure, t.type, s.newest_bucket, s.scored_through, s.stage,
                       s.stage_since, s.stage_state ->> 'lastElevated', s.first_confirmed
                from source_series s join trend t on t.id = s.trend_id
                where s.id = any(?::uuid[]) and s.dirty order by s.id for update of s skip locked
                """, (rs, i) -> new Series((UUID) rs.getObject(1), (UUID) rs.getObject(2), rs.getString(3),
                Observation.Bucket.valueOf(rs.getString(4)), Observation.Measure.valueOf(rs.getString(5)), rs.getString(6),
                instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                new StageState(Stage.valueOf(rs.getString(9)), instant(rs.getTimestamp(10)),
                        rs.getString(11) == null ? null : Instant.parse(rs.getString(11))),
                instant(rs.getTimestamp(12))), PgArrays.of(seriesIds));
        if (series.isEmpty()) {
            return 0;
        }
        Map<UUID, List<Bucket>> buckets = load(series);
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> verdicts = new ArrayList<>(series.size());
        List<Object[]> empty = new ArrayList<>();
        Set<UUID> trends = new LinkedHashSet<>();
        for (Series s : series) {
            List<Bucket> loaded = buckets.getOrDefault(s.id(), List.of());
            if (loaded.isEmpty()) {
                empty.add(new Object[] {s.id()});
            } else {
                verdicts.add(judge(s, loaded, changes));
            }
            trends.add(s.trendId());
        }
        jdbc.batchUpdate("update source_series set dirty = false where id = ?", empty);
        jdbc.batchUpdate("""
                update source_series set score = ?, detected = ?, early = ?, level = ?, direction = ?, lifecycle = ?,
                    growth_rate = ?, velocity = ?, acceleration = ?, breadth = ?, volume = ?, burst_z = ?, lift = ?,
                    persistence = ?, views_gained = ?, totals = ?::jsonb, prediction = ?::jsonb, stage = ?, stage_since = ?,
                    stage_state = ?::jsonb, first_confirmed = ?, scored_through = ?, dirty = false
                where id = ?
                """, verdicts);
        if (!changes.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into trend_stage_change (trend_id, series_id, source, at, stage, previous, lifecycle, score, reason,
                                                    evidence)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                    """, changes);
        }
        combine(trends);
        return series.size();
    }

    private Map<UUID, List<Bucket>> load(List<Series> series) {
        List<UUID> ids = new ArrayList<>(series.size());
        List<Instant> since = new ArrayList<>(series.size());
        for (Series s : series) {
            ids.add(s.id());
            Instant newest = s.newestBucket() == null ? clock.instant() : s.newestBucket();
            since.add(newest.minus(properties.analysisWindow()).minus(properties.replayWindow()));
        }
        Map<UUID, List<Bucket>> result = new LinkedHashMap<>();
        jdbc.query("""
                select b.series_id, b.bucket_start, b.views, b.likes, b.shares, b.comments, b.videos, b.creators, b.units, b.gmv
                from source_bucket b join unnest(?::uuid[], ?::timestamptz[]) as w(id, since)
                     on b.series_id = w.id and b.bucket_start >= w.since
                order by b.series_id, b.bucket_start
                """, rs -> {
            result.computeIfAbsent((UUID) rs.getObject(1), k -> new ArrayList<>()).add(new Bucket(rs.getTimestamp(2).toInstant(),
                    rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                    rs.getLong(10)));
        }, PgArrays.of(ids), PgArrays.of(since));
        return result;
    }

    /** Replays the series and returns the parameters of its verdict's update. */
    private Object[] judge(Series s, List<Bucket> buckets, List<Object[]> changes) {
        // market data measures sales: units sold are its primary metric where a series has no views
        boolean units = buckets.stream().allMatch(b -> b.views() == 0) && buckets.stream().anyMatch(b -> b.units() > 0);
        List<SeriesPoint> points = points(s, buckets, units);
        // market data has no creator breadth to demand (its creator counts are known only for the days read)
        Judges.Pair pair = judges.of(s.bucket(), units);
        SeriesJudge.Replay replay = pair.judge().replay(points);
        int maxSteps = (int) Math.max(1, properties.replayWindow().toMillis() / s.bucket().width().toMillis());
        // judged at every bucket after the last judged one, at most the replay window's worth
        List<Integer> due = new ArrayList<>();
        for (int j = points.size() - 1; j >= 0 && due.size() < maxSteps; j--) {
            if (s.scoredThrough() != null && !points.get(j).at().isAfter(s.scoredThrough())) {
                break;
            }
            due.addFirst(j);
        }
        steps.increment(due.size());
        StageState state = s.state();
        Instant firstConfirmed = s.firstConfirmed();
        Verdict verdict = null;
        for (int j : due) {
            verdict = replay.verdictAt(j);
            StageStep step = pair.stages().next(state, verdict);
            state = step.state();
            Verdict at = verdict;
            step.change().ifPresent(change -> changes.add(new Object[] {s.trendId(), s.id(), s.source(),
                Timestamp.from(change.at()), change.to().name(), change.from().name(),
                at.confirmed().lifecycle().name(), change.evidence().score(), truncate(change.reason()),
                evidence(change.evidence(), s)}));
            if (state.stage() == Stage.CONFIRMED && firstConfirmed == null) {
                firstConfirmed = verdict.at();
            }
        }
        if (verdict == null) {
            verdict = replay.verdictAt(points.size() - 1);
        }
        Instant windowStart = points.getLast().at().minus(properties.analysisWindow());
        List<SeriesPoint> window = points.stream().filter(p -> !p.at().isBefore(windowStart)).toList();
        Assessment latest = verdict.confirmed();
        boolean early = verdict.early().detected();
        Prediction prediction = state.stage() == Stage.CONFIRMED ? predictor.predict(window).orElse(null) : null;
        var b = latest.breakdown();
        return new Object[] {latest.score(), latest.detected(), early, latest.level().name(), latest.direction().name(),
                latest.lifecycle().name(), latest.growthRate(), b.velocity(), b.acceleration(), b.breadth(), b.volume(),
                b.burstZ(), b.lift(), b.persistence(), b.viewsGained(), totals(s, buckets, windowStart),
                prediction == null ? null : json.writeValueAsString(prediction), state.stage().name(),
                state.since() == null ? null : Timestamp.from(state.since()),
                json.writeValueAsString(state.lastElevatedAt() == null ? Map.of()
                        : Map.of("lastElevated", state.lastElevatedAt().toString())),
                firstConfirmed == null ? null : Timestamp.from(firstConfirmed), Timestamp.from(points.getLast().at()), s.id()};
    }

    /** Points at bucket ends; the primary metric (views, or units sold for market data) made cumulative. */
    /**
     * Points at the ends of the delivered buckets; the primary metric (views, or units sold for
     * market data) made cumulative (the detector takes the time between points as the interval, so
     * a quiet stretch is a long interval of low velocity).
     */
    private static List<SeriesPoint> points(Series s, List<Bucket> buckets, boolean units) {
        List<SeriesPoint> points = new ArrayList<>(buckets.size());
        Duration width = s.bucket().width();
        long views = 0, likes = 0, shares = 0, comments = 0, videos = 0;
        boolean increment = s.measure() == Observation.Measure.INCREMENT;
        for (Bucket b : buckets) {

            long primary = units ? b.units() : b.views();
            if (increment) {
                views += primary;
                likes += b.likes();
                shares += b.shares();
                comments += b.comments();
                videos += b.videos();
            } else {
                views = primary;
                likes = b.likes();
                shares = b.shares();
                comments = b.comments();
                videos = b.videos();
            }
            points.add(new SeriesPoint(increment ? b.start().plus(width) : b.start(), views, likes, shares, comments, videos,
                    b.creators()));
        }
        return points;
    }

    private String totals(Series s, List<Bucket> buckets, Instant windowStart) {
        long views = 0, likes = 0, shares = 0, comments = 0, videos = 0, creators = 0, units = 0, gmv = 0;
        Instant recent = buckets.getLast().start().minus(Duration.ofHours(48));
        for (Bucket b : buckets) {
            if (b.start().isBefore(windowStart)) {
                continue;
            }
            if (s.measure() == Observation.Measure.INCREMENT) {
                views += b.views();
                likes += b.likes();
                shares += b.shares();
                comments += b.comments();
                videos += b.videos();
                units += b.units();
                gmv += b.gmv();
            } else {
                views = b.views();
                likes = b.likes();
                shares = b.shares();
                comments = b.comments();
                videos = b.videos();
                units = b.units();
                gmv = b.gmv();
            }
            if (!b.start().isBefore(recent)) {
                creators = Math.max(creators, b.creators());
            }
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("views", views);
        totals.put("likes", likes);
        totals.put("shares", shares);
        totals.put("comments", comments);
        totals.put("videos", videos);
        totals.put("creators", creators);
        totals.put("units", units);
        totals.put("gmv", gmv);
        return json.writeValueAsString(totals);
    }

    private String evidence(Evidence e, Series s) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("source", s.source());
        evidence.put("bucket", s.bucket().name());
        evidence.put("detector", e.detector());
        evidence.put("burstZ", e.burstZ());
        evidence.put("lift", e.lift());
        evidence.put("persistence", e.persistence());
        evidence.put("gained", e.viewsGained());
        evidence.put("creators", e.creators());
        evidence.put("window", e.window() == null ? null : e.window().toString());
        evidence.put("score", e.score());
        return json.writeValueAsString(evidence);
    }

    private static String truncate(String reason) {
        return reason == null ? "" : reason.length() <= 200 ? reason : reason.substring(0, 197) + "...";
    }

    /** Each trend shows its most advanced source series; TrendDetected when it is confirmed or its class changes. */
    private void combine(Set<UUID> trendIds) {
        String ids = PgArrays.of(trendIds);
        jdbc.update("""
                with ranked as (
                    select distinct on (trend_id) *
                    from source_series where trend_id = any(?::uuid[])
                    order by trend_id, case stage when 'CONFIRMED' then 4 when 'ENDED' then 3 when 'EARLY' then 2
                                              when 'WITHDRAWN' then 1 else 0 end desc, score desc, newest_fetch desc nulls last
                ), summary as (
                    select trend_id, array_agg(distinct source order by source) as sources, max(newest_fetch) as as_of,
                           min(first_confirmed) as first_confirmed, max(newest_bucket) as newest
                    from source_series where trend_id = any(?::uuid[]) group by trend_id
                )
                update trend t set
                    primary_series = r.id, stage = r.stage, stage_since = r.stage_since, sources = m.sources, as_of = m.as_of,
                    score = r.score, level = r.level, direction = r.direction, lifecycle = r.lifecycle, detected = r.detected,
                    growth_rate = r.growth_rate, velocity = r.velocity, acceleration = r.acceleration, breadth = r.breadth,
                    volume = r.volume, burst_z = r.burst_z, lift = r.lift, persistence = r.persistence,
                    views_gained = r.views_gained,
                    view_count = (r.totals ->> 'views')::bigint, like_count = (r.totals ->> 'likes')::bigint,
                    share_count = (r.totals ->> 'shares')::bigint, comment_count = (r.totals ->> 'comments')::bigint,
                    video_count = (r.totals ->> 'videos')::bigint, creator_count = (r.totals ->> 'creators')::bigint,
                    peak_date = (r.prediction ->> 'peakDate')::timestamptz,
                    expected_duration_days = (r.prediction ->> 'expectedDuration')::double precision,
                    max_view_estimate = (r.prediction ->> 'maxViewEstimate')::bigint,
                    confidence = (r.prediction ->> 'confidenceScore')::integer,
                    first_detected = coalesce(t.first_detected, m.first_confirmed),
                    last_point_at = greatest(t.last_point_at, m.newest), scored_at = now(), dirty = false, updated_at = now()
                from ranked r join summary m on m.trend_id = r.trend_id
                where t.id = r.trend_id
                """, ids, ids);
        record Announce(UUID id, String type, String name, String category, String region, int score, String level,
                String direction, String lifecycle, List<String> hashtags, Instant firstDetected, Instant peak) {
        }
        List<Announce> due = jdbc.query("""
                select id, type, display_name, category, region, score, level, direction, lifecycle, related_hashtags,
                       first_detected, peak_date
                from trend where id = any(?::uuid[]) and stage = 'CONFIRMED' and first_detected is not null
                  and (published_level is distinct from level or published_lifecycle is distinct from lifecycle)
                for update
                """, (rs, i) -> new Announce((UUID) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9),
                List.of((String[]) rs.getArray(10).getArray()), instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12))),
                ids);
        for (Announce a : due) {
            events.publish(new TrendDetected(a.id(), a.type(), a.name(), a.category(), a.region(), a.score(), a.level(),
                    a.direction(), a.lifecycle(), a.hashtags(), a.firstDetected(), a.peak()));
            jdbc.update("update trend set published_level = ?, published_lifecycle = ? where id = ?", a.level(),
                    a.lifecycle(), a.id());
            published.increment();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Series(UUID id, UUID trendId, String source, Observation.Bucket bucket, Observation.Measure measure,
            String type, Instant newestBucket, Instant scoredThrough, StageState state, Instant firstConfirmed) {
    }

    private record Bucket(Instant start, long views, long likes, long shares, long comments, long videos, long creators,
            long units, long gmv) {
    }
}
