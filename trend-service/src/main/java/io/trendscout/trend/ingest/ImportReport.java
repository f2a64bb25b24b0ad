package io.trendscout.trend.ingest;

import java.util.List;

/** Outcome of an import: rows stored, rows rejected with their line and reason, series touched. */
record ImportReport(int accepted, List<Rejected> rejected, int trends) {

    record Rejected(int line, String error) {
    }
}
