package io.trendscout.platform.web;

/** A request parameter that passed binding but makes no sense: answered with 400 naming the field. */
public class InvalidRequest extends RuntimeException {

    private final String field;

    public InvalidRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
