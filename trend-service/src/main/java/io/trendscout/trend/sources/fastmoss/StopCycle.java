package io.trendscout.trend.sources.fastmoss;

/** The cycle ends early but cleanly (budget spent, data limit 30002, frequency limit 30003 persisting). */
final class StopCycle extends RuntimeException {

    StopCycle(String note) {
        super(note, null, false, false);
    }
}
