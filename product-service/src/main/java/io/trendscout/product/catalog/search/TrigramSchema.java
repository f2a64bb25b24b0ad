package io.trendscout.product.catalog.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * pg_trgm is installed once per database, in whatever schema an administrator chose; the
 * service's search path is only its own schema, so trigram operators are schema-qualified.
 */
@Component
class TrigramSchema {

    private final JdbcClient jdbc;
    private volatile String schema;

    TrigramSchema(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code text <% text}: the first argument is similar to some word sequence of the second. */
    String wordSimilarOperator() {
        return "operator(" + quoted() + ".<%)";
    }

    String wordSimilarity() {
        return quoted() + ".word_similarity";
    }

    private String quoted() {
        String current = schema;
        if (current == null) {
            current = jdbc.sql("""
                    select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
                    where e.extname = 'pg_trgm'""").query(String.class).single();
            schema = current;
        }
        return "\"" + current.replace("\"", "\"\"") + "\"";
    }
}
