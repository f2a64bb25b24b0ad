package io.trendscout.security.accounts;

import java.util.UUID;

/** The account is being erased (published inside the erasure's transaction, before the row goes): its sessions end. */
public record AccountClosing(UUID accountId) {
}
