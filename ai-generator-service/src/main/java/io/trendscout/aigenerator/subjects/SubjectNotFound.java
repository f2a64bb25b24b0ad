package io.trendscout.aigenerator.subjects;

/** The product or trend a generation was asked for does not exist. */
public class SubjectNotFound extends RuntimeException {

    public SubjectNotFound(String type, Object id) {
        super("No " + type + " " + id);
    }
}
