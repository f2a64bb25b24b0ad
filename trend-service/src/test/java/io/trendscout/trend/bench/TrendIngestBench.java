package io.trendscout.trend.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import io.trendscout.platform.test.PlatformIntegrationTest;
import io.trendscout.platform.test.TestInfrastructure;
import io.trendscout.trend.trends.Observation;
import io.trendscout.trend.trends.TrendIngestion;
import io.trendscout.trend.trends.TrendScoring;
import io.trendscout.trend.trends.TrendType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ingestion and scoring at scale: 1,000,000 observations across 100,000 series (10 hourly buckets
 * each, one source) travel the observation topic into the running service, which stores them
 * (PostgreSQL) and scores every series causally (publishing TrendDetected through the outbox).
 * Baseline in the same run: a raw batched JDBC insert of the same rows into a table of the same
 * shape. Then one full scoring pass over the 100,000 series on one thread. Not part of the build
 * (the class name matches no test pattern); run on purpose:
 * {@code mvn -B -o -pl trend-service test -Dtest=TrendIngestBench -Dsurefire.failIfNoSpecifiedTests=false}
 * and read {@code target/surefire-reports/io.trendscout.trend.bench.TrendIngestBench-output.txt}.
 */
@PlatformIntegrationTest
class TrendIngestBench {

    static final int SERIES = Integer.getInteger("bench.series", 100_000);
    static final int BUCKETS = Integer.getInteger("bench.buckets", 10);
    static final String SOURCE = "bench";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TrendScoring scoring;

    @Autowired
    JsonMapper json;

    @Test
    void oneMillionObservationsAcrossOneHundredThousandSeries() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(BUCKETS + 1));
        long rows = (long) SERIES * BUCKETS;
        double raw = rawBatchedInsert(start);
        double service = throughTheService(start);
        System.out.printf("raw batched JDBC insert: %,d rows in %.1f s -> %,.0f rows/s%n", rows, raw, rows / raw);
        System.out.printf("service (Kafka topic, set-based upserts, causal scoring, outbox): %,d observations in %.1f s"
                + " -> %,.0f observations/s = %.0f %% of raw%n", rows, service, rows / service, 100 * raw / service);
        double pass = fullScoringPass();
        System.out.printf("full scoring pass: %,d series in %.1f s on one thread (%,.0f series/s); load average %.1f on %d cores%n",
                SERIES, pass, SERIES / pass, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    private double rawBatchedInsert(Instant start) {
        jdbc.execute("""
                create table if not exists bench_raw (series_id uuid not null, bucket_start timestamptz not null,
                    views bigint not null, likes bigint not null, shares bigint not null, comments bigint not null,
                    videos bigint not null, creators bigint not null, units bigint not null, gmv bigint not null,
                    fetched_at timestamptz not null, primary key (series_id, bucket_start))
                """);
        jdbc.execute("truncate bench_raw");
        long begin = System.nanoTime();
        List<Object[]> batch = new ArrayList<>(5_000);
        for (int s = 0; s < SERIES; s++) {
            UUID id = new UUID(42, s);
            for (int b = 0; b < BUCKETS; b++) {
                long[] v = values(s, b);
                Timestamp at = Timestamp.from(start.plus(Duration.ofHours(b)));
                batch.add(new Object[] {id, at, v[0], v[0] / 10, v[0] / 100, v[0] / 50, v[1], v[2], 0L, 0L, at});
                if (batch.size() == 5_000) {
                    insertRaw(batch);
                }
            }
        }
        insertRaw(batch);
        return (System.nanoTime() - begin) / 1e9;
    }

    private void insertRaw(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into bench_raw (series_id, bucket_start, views, likes, shares, comments, videos, creators, units,
                                           gmv, fetched_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, batch);
            batch.clear();
        }
    }

    private double throughTheService(Instant start) throws Exception {
        long begin = System.nanoTime();
        try (var producer = new KafkaProducer<String, byte[]>(Map.of("bootstrap.servers",
                TestInfrastructure.get().kafka().bootstrapServers(), "linger.ms", 20, "batch.size", 262_144,
                "compression.type", "lz4"), new StringSerializer(), new ByteArraySerializer())) {
            for (int b = 0; b < BUCKETS; b++) {
                Instant bucket = start.plus(Duration.ofHours(b));
                for (int s = 0; s < SERIES; s++) {
                    long[] v = values(s, b);
                    Observation o = Observation.increment(SOURCE, TrendType.HASHTAG, "bench" + s, null,
                            s % 2 == 0 ? "beauty" : "fitness", bucket, Observation.Bucket.HOUR,
                            Observation.Counts.engagement(v[0], v[0] / 10, v[0] / 100, v[0] / 50, v[1], v[2]), null, bucket);
                    producer.send(new ProducerRecord<>(TrendIngestion.TOPIC, o.seriesKey(), json.writeValueAsBytes(o)));
                }
            }
            producer.flush();
        }
        long expected = (long) SERIES * BUCKETS;
        while (true) {
            Long stored = jdbc.queryForObject("""
                    select count(*) from source_bucket b join source_series s on s.id = b.series_id where s.source = ?
                    """, Long.class, SOURCE);
            Long dirty = jdbc.queryForObject("select count(*) from source_series where source = ? and dirty", Long.class,
                    SOURCE);
            if (stored != null && stored == expected && dirty != null && dirty == 0) {
                break;
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        assertThat(jdbc.queryForObject("select count(*) from source_series where source = ?", Long.class, SOURCE))
                .isEqualTo(SERIES);
        return seconds;
    }

    private double fullScoringPass() {
        jdbc.update("update source_series set dirty = true where source = ?", SOURCE);
        List<UUID> ids = jdbc.queryForList("select id from source_series where source = ? order by id", UUID.class, SOURCE);
        long begin = System.nanoTime();
        int scored = 0;
        for (int i = 0; i < ids.size(); i += 500) {
            scored += scoring.score(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        assertThat(scored).isEqualTo(SERIES);
        return (System.nanoTime() - begin) / 1e9;
    }

    /** Views per bucket, videos and creators; every 50th series bursts in its last buckets. */
    private static long[] values(int series, int bucket) {
        SplittableRandom random = new SplittableRandom(series * 7919L + bucket);
        long views = 500 + random.nextInt(200) + (series % 50 == 0 && bucket >= BUCKETS - 3 ? 20_000 : 0);
        return new long[] {views, 3 + random.nextInt(3), 3 + random.nextInt(5)};
    }
}
