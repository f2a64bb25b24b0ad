-- Shop connections (credentials AES-GCM encrypted, bound to the connection id), sync jobs with
-- their checkpoint, per-item errors, the per-product content hash ledger and webhook deliveries.
create table connections (
    id                      uuid primary key,
    owner_id                uuid        not null,
    platform                text        not null check (platform in ('shopify', 'amazon', 'kaufland')),
    shop_name               text        not null,
    shop_key                text        not null,
    credentials             text        not null,
    status                  text        not null,
    last_error              text,
    currency                text,
    last_sync_at            timestamptz,
    last_success_started_at timestamptz,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);
create index connections_owner on connections (owner_id, created_at);
create index connections_shop on connections (platform, shop_key);

create table sync_jobs (
    id             uuid primary key,
    connection_id  uuid        not null references connections (id) on delete cascade,
    owner_id       uuid        not null,
    mode           text        not null check (mode in ('full', 'incremental')),
    trigger_source text        not null,
    status         text        not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    updated_after  timestamptz,
    cursor         text,
    pages          int         not null default 0,
    items_seen     int         not null default 0,
    items_created  int         not null default 0,
    items_updated  int         not null default 0,
    items_deleted  int         not null default 0,
    items_failed   int         not null default 0,
    attempts       int         not null default 0,
    lease_token    uuid,
    lease_until    timestamptz,
    run_after      timestamptz not null,
    error          text,
    created_at     timestamptz not null,
    started_at     timestamptz,
    completed_at   timestamptz
);
create unique index sync_jobs_one_active on sync_jobs (connection_id) where status in ('QUEUED', 'RUNNING');
create index sync_jobs_owner on sync_jobs (owner_id, created_at desc);
create index sync_jobs_claimable on sync_jobs (status, run_after);

create table sync_item_errors (
    id          bigserial primary key,
    job_id      uuid        not null references sync_jobs (id) on delete cascade,
    external_id text,
    message     text        not null,
    created_at  timestamptz not null
);
create index sync_item_errors_job on sync_item_errors (job_id);

create table product_versions (
    connection_id     uuid        not null references connections (id) on delete cascade,
    external_id       text        not null,
    content_hash      text        not null,
    source_updated_at timestamptz not null,
    deleted           boolean     not null default false,
    last_seen_at      timestamptz not null,
    updated_at        timestamptz not null,
    primary key (connection_id, external_id)
);

create table webhook_deliveries (
    webhook_id   text primary key,
    shop_domain  text        not null,
    topic        text        not null,
    body         text        not null,
    triggered_at timestamptz,
    status       text        not null check (status in ('PENDING', 'DONE', 'FAILED')),
    attempts     int         not null default 0,
    error        text,
    received_at  timestamptz not null,
    processed_at timestamptz
);
create index webhook_deliveries_pending on webhook_deliveries (received_at) where status = 'PENDING';
