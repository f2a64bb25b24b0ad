-- Pseudonymous tombstones of erased accounts (UserErased): the account id and when, nothing else.
-- A still-valid token of an erased account cannot connect a shop again.
create table erased_owners (
    owner_id  uuid primary key,
    erased_at timestamptz not null
);
