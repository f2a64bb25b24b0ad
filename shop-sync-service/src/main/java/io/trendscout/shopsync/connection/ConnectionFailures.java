package io.trendscout.shopsync.connection;

/** What can go wrong connecting or testing a shop; mapped to problems by {@link ConnectionProblems}. */
final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /** The channel refused the credentials. */
    static final class CredentialsRejected extends RuntimeException {
        CredentialsRejected(String message) {
            super(message);
        }
    }

    /** The channel could not be asked (down, slow, throttling). */
    static final class ChannelUnreachable extends RuntimeException {
        ChannelUnreachable(String message) {
            super(message);
        }
    }

    /** The caller already connected this shop. */
    static final class AlreadyConnected extends RuntimeException {
        AlreadyConnected() {
            super("This shop is already connected");
        }
    }
}
