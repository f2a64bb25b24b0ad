package io.trendscout.shopsync.connection;

import io.trendscout.platform.web.NotFound;

/** No such connection for this caller (foreign ones look the same). */
public class ConnectionNotFound extends NotFound {

    public ConnectionNotFound() {
        super("Connection not found");
    }
}
