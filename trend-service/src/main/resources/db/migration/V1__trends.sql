-- A trend is one series (type + normalized name + region) with its latest assessment.
create table trend (
    id                     uuid primary key,
    type                   varchar(16)  not null,
    name                   varchar(100) not null,
    display_name           varchar(100) not null,
    region                 varchar(8)   not null,
    category               varchar(64),
    description            text,
    view_count             bigint not null default 0,
    like_count             bigint not null default 0,
    share_count            bigint not null default 0,
    comment_count          bigint not null default 0,
    video_count            bigint not null default 0,
    creator_count          bigint not null default 0,
    growth_rate            double precision not null default 0,
    score                  integer not null default 0,
    level                  varchar(8)  not null default 'LOW',
    direction              varchar(8)  not null default 'STABLE',
    lifecycle              varchar(10) not null default 'EMERGING',
    detected               boolean not null default false,
    velocity               integer not null default 0,
    acceleration           integer not null default 0,
    breadth                integer not null default 0,
    volume                 integer not null default 0,
    burst_z                double precision not null default 0,
    lift                   double precision not null default 0,
    persistence            double precision not null default 0,
    views_gained           bigint not null default 0,
    peak_date              timestamptz,
    expected_duration_days double precision,
    max_view_estimate      bigint,
    confidence             integer,
    related_hashtags       text[] not null default '{}',
    related_products       text[] not null default '{}',
    top_videos             jsonb  not null default '[]',
    first_detected         timestamptz,
    published_level        varchar(8),
    published_lifecycle    varchar(10),
    last_point_at          timestamptz,
    scored_at              timestamptz,
    dirty                  boolean not null default false,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    constraint trend_series unique (type, name, region)
);
create index trend_listed on trend (score desc) where first_detected is not null;
create index trend_category on trend (category) where first_detected is not null;
create index trend_dirty on trend (id) where dirty;

-- Cumulative counters per series and hour: one row per (trend, hour), upserted; the largest value
-- seen for that hour wins, so duplicates and late (out-of-order) observations are harmless.
create table trend_bucket (
    trend_id uuid        not null references trend (id) on delete cascade,
    hour     timestamptz not null,
    views    bigint not null,
    likes    bigint not null,
    shares   bigint not null,
    comments bigint not null,
    videos   bigint not null,
    creators bigint not null,
    primary key (trend_id, hour)
);
create index trend_bucket_hour on trend_bucket (hour);
