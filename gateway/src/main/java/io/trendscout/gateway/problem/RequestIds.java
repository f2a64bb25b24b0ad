package io.trendscout.gateway.problem;

/** Where the request id lives, shared by the filter that assigns it and the problem writer. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    private RequestIds() {
    }
}
