-- Accounts erased on UserErased: id and time only, so that ProductSynced events of an erased merchant still
-- on their way (shop-sync's outbox, a redelivery) create nothing.
create table erased_users (
    user_id   uuid        primary key,
    erased_at timestamptz not null
);
