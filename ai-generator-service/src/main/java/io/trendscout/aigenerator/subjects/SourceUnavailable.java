package io.trendscout.aigenerator.subjects;

/** The service owning the product or trend data did not answer usefully (down, timed out, failed). */
public class SourceUnavailable extends RuntimeException {

    private final String source;

    public SourceUnavailable(String source, Throwable cause) {
        super(source + " is unavailable", cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
