package io.trendscout.platform.security;

import io.trendscout.platform.web.NotFound;

/** The resource exists but belongs to someone else; answered like a missing one. */
public class NotOwner extends NotFound {

    public NotOwner() {
        super("No such resource");
    }
}
