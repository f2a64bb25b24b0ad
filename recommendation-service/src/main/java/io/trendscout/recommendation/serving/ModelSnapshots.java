package io.trendscout.recommendation.serving;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import io.trendscout.recommendation.RecommendationProperties;
import io.trendscout.recommendation.ranking.Model;
import io.trendscout.recommendation.ranking.ModelCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Trained models stored in {@code model_snapshot}, so a restarted service serves at once. */
@Component
class ModelSnapshots {

    private final JdbcTemplate jdbc;
    private final int kept;

    ModelSnapshots(JdbcTemplate jdbc, RecommendationProperties properties) {
        this.jdbc = jdbc;
        this.kept = Math.max(1, properties.keptModels());
    }

    @Transactional
    public void save(Model model) {
        jdbc.update("insert into model_snapshot (version, trained_at, products, payload) values (?, ?, ?, ?)",
                model.version(), Timestamp.from(model.trainedAt()), model.size(), ModelCodec.encode(model));
        jdbc.update("delete from model_snapshot where version not in "
                + "(select version from model_snapshot order by version desc limit ?)", kept);
    }

    Optional<Model> latest() {
        List<byte[]> rows = jdbc.query("select payload from model_snapshot order by version desc limit 1",
                (rs, n) -> rs.getBytes(1));
        return rows.stream().findFirst().map(ModelCodec::decode);
    }

    long latestVersion() {
        Long v = jdbc.queryForObject("select coalesce(max(version), 0) from model_snapshot", Long.class);
        return v == null ? 0 : v;
    }
}
