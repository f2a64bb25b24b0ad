package io.trendscout.sandbox.fastmoss;

/** A business error the fake answers in FastMoss's envelope (HTTP 200, {@code code} non-zero). */
final class FastmossError extends RuntimeException {

    static final int BAD_PARAMETER = 10001;
    static final int NOT_FOUND = 20001;
    static final int NO_PERMISSION = 30001;
    static final int DATA_LIMIT = 30002;
    static final int FREQUENCY_LIMIT = 30003;
    static final int SERVICE_ERROR = 40001;

    private final int code;

    FastmossError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    static FastmossError badParameter(String message) {
        return new FastmossError(BAD_PARAMETER, message);
    }

    int code() {
        return code;
    }
}
