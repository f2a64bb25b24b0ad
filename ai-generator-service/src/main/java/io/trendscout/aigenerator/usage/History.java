package io.trendscout.aigenerator.usage;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The generations of each user, newest first. */
@Service
public class History {

    private final JdbcClient jdbc;

    History(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(HistoryEntry e) {
        jdbc.sql("""
                insert into generation (id, user_id, kind, language, provider, prompt_version, subject_type, subject_id,
                    subject_name, cached, fallback_reason, result, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.userId(), e.kind(), e.language(), e.provider(), e.promptVersion(), e.subjectType(),
                        e.subjectId(), e.subjectName().length() > 300 ? e.subjectName().substring(0, 300) : e.subjectName(),
                        e.cached(), e.fallbackReason(), e.resultJson(), Timestamp.from(e.createdAt()))
                .update();
    }

    public long count(UUID userId) {
        return jdbc.sql("select count(*) from generation where user_id = ?").param(userId).query(Long.class).single();
    }

    public List<HistoryEntry> page(UUID userId, int page, int size) {
        return jdbc.sql("""
                select * from generation where user_id = ? order by created_at desc, id desc limit ? offset ?""")
                .params(userId, size, (long) page * size)
                .query((rs, n) -> new HistoryEntry(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getString("kind"), rs.getString("language"), rs.getString("provider"),
                        rs.getString("prompt_version"), rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getString("subject_name"), rs.getBoolean("cached"), rs.getString("fallback_reason"),
                        rs.getString("result"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    int erase(UUID userId) {
        return jdbc.sql("delete from generation where user_id = ?").param(userId).update();
    }
}
