package io.trendscout.trend.trends;

/** An observation that breaks an ingestion rule; sources report it and carry on with the next one. */
public class InvalidObservation extends IllegalArgumentException {

    private final String field;

    public InvalidObservation(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
