package io.trendscout.trend.ingest;

/** An import with more rows than one request may carry. */
class ImportTooLarge extends RuntimeException {

    ImportTooLarge(int maxRows) {
        super("An import may carry at most " + maxRows + " rows; split it");
    }
}
