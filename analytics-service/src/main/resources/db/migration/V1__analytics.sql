-- Aggregates in UTC quarter-hour buckets (bucket = start instant). Every current IANA offset is a
-- multiple of 15 minutes, so day/week/month totals in any user's time zone are exact sums of buckets.

-- Personal: one user's interactions with one product.
create table user_product_bucket (
    user_id         uuid        not null,
    product_id      uuid        not null,
    bucket          timestamptz not null,
    views           bigint      not null default 0,
    saves           bigint      not null default 0,
    unsaves         bigint      not null default 0,
    collection_adds bigint      not null default 0,
    primary key (user_id, bucket, product_id)
);

-- Anonymous product totals: kept when a user is erased.
create table product_bucket (
    product_id      uuid        not null,
    bucket          timestamptz not null,
    views           bigint      not null default 0,
    saves           bigint      not null default 0,
    unsaves         bigint      not null default 0,
    collection_adds bigint      not null default 0,
    primary key (product_id, bucket)
);
create index product_bucket_by_time on product_bucket (bucket);

-- Trend detections; the latest state within a bucket wins by occurrence time, not arrival order.
create table trend_bucket (
    trend_id     uuid        not null,
    bucket       timestamptz not null,
    detections   bigint      not null,
    max_score    int         not null,
    last_score   int         not null,
    last_at      timestamptz not null,
    name         text        not null,
    category     text,
    level        text,
    direction    text,
    lifecycle    text,
    primary key (trend_id, bucket)
);
create index trend_bucket_by_time on trend_bucket (bucket);

-- TikTok stats are snapshots (gauges): one row per fetch instant, the last one per period is read.
create table tiktok_snapshot (
    user_id         uuid             not null,
    fetched_at      timestamptz      not null,
    followers       bigint           not null,
    likes           bigint           not null,
    video_count     bigint           not null,
    engagement_rate double precision not null,
    average_views   bigint           not null,
    primary key (user_id, fetched_at)
);

-- A merchant's synced product versions per channel (sync health).
create table sync_bucket (
    merchant_id uuid        not null,
    channel     text        not null,
    bucket      timestamptz not null,
    upserts     bigint      not null default 0,
    deletions   bigint      not null default 0,
    last_at     timestamptz not null,
    primary key (merchant_id, bucket, channel)
);

-- Erased users: personal events that arrive after the erasure are not stored again.
create table erased_user (
    user_id   uuid        primary key,
    erased_at timestamptz not null
);
