-- Pseudonymous tombstones of erased accounts (UserErased): the account id and when, nothing else. Events about the
-- user that arrive after the erasure (stats, interactions, profile niches) and requests with a still-valid token
-- store nothing.
create table erased_user (
    user_id   uuid primary key,
    erased_at timestamptz not null
);
