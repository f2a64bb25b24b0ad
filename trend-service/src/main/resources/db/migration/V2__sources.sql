-- Issue #19: every source keeps its own series of a trend; storage is idempotent per
-- (source series, bucket); the trend row holds the combined verdict (its strongest source series).

-- One source's series of one trend, with its own bucket width, measure and latest verdict.
create table source_series (
    id               uuid primary key,
    trend_id         uuid        not null references trend (id) on delete cascade,
    source           varchar(32) not null,
    kind             varchar(16) not null,
    bucket           varchar(16) not null,
    measure          varchar(16) not null,
    external_id      varchar(100),
    display_name     varchar(200),
    attributes       jsonb       not null default '{}',
    newest_bucket    timestamptz,
    newest_fetch     timestamptz,
    scored_through   timestamptz,
    -- latest verdict at newest_bucket
    score            integer     not null default 0,
    detected         boolean     not null default false,
    early            boolean     not null default false,
    level            varchar(8)  not null default 'LOW',
    direction        varchar(8)  not null default 'STABLE',
    lifecycle        varchar(10) not null default 'EMERGING',
    growth_rate      double precision not null default 0,
    velocity         integer not null default 0,
    acceleration     integer not null default 0,
    breadth          integer not null default 0,
    volume           integer not null default 0,
    burst_z          double precision not null default 0,
    lift             double precision not null default 0,
    persistence      double precision not null default 0,
    views_gained     bigint  not null default 0,
    totals           jsonb   not null default '{}',
    prediction       jsonb,
    -- the stage machine's state (see detection.TrendStages)
    stage            varchar(12) not null default 'NONE',
    stage_since      timestamptz,
    stage_state      jsonb not null default '{}',
    first_confirmed  timestamptz,
    dirty            boolean not null default true,
    constraint source_series_key unique (trend_id, source, bucket)
);
create index source_series_dirty on source_series (id) where dirty;

-- Counters of one source series per bucket: INCREMENT series hold what was gained in the bucket
-- (a re-delivery replaces it), CUMULATIVE series totals so far (the greatest value wins).
-- creators is a gauge: distinct creators active in the series in the 7 days up to the bucket's end.
create table source_bucket (
    series_id    uuid        not null references source_series (id) on delete cascade,
    bucket_start timestamptz not null,
    views        bigint not null,
    likes        bigint not null,
    shares       bigint not null,
    comments     bigint not null,
    videos       bigint not null,
    creators     bigint not null,
    units        bigint not null,
    gmv          bigint not null,
    fetched_at   timestamptz not null,
    primary key (series_id, bucket_start)
);
create index source_bucket_start on source_bucket (bucket_start);

-- Every stage change of every source series, with its evidence (GET /api/trends/{id} shows them).
create table trend_stage_change (
    id         bigserial primary key,
    trend_id   uuid        not null references trend (id) on delete cascade,
    series_id  uuid        not null references source_series (id) on delete cascade,
    source     varchar(32) not null,
    at         timestamptz not null,
    stage      varchar(12) not null,
    previous   varchar(12) not null,
    lifecycle  varchar(10),
    score      integer not null,
    reason     varchar(200) not null,
    evidence   jsonb not null,
    recorded_at timestamptz not null default now()
);
create index trend_stage_change_trend on trend_stage_change (trend_id, at);

alter table trend
    add column stage        varchar(12) not null default 'NONE',
    add column stage_since  timestamptz,
    add column primary_series uuid,
    add column sources      text[] not null default '{}',
    add column as_of        timestamptz,
    add column external_id  varchar(100);
create index trend_stage on trend (stage);

-- Existing hourly buckets (cumulative counters, all from the operator import and StatsFetched)
-- become the 'import' source series of their trend, so nothing stored is lost.
insert into source_series (id, trend_id, source, kind, bucket, measure, newest_bucket, newest_fetch, dirty)
select gen_random_uuid(), t.id, 'import', 'IMPORT', 'HOUR', 'CUMULATIVE', max(b.hour), max(b.hour), true
from trend t join trend_bucket b on b.trend_id = t.id group by t.id;
insert into source_bucket (series_id, bucket_start, views, likes, shares, comments, videos, creators, units, gmv, fetched_at)
select s.id, b.hour, b.views, b.likes, b.shares, b.comments, b.videos, b.creators, 0, 0, b.hour
from trend_bucket b join source_series s on s.trend_id = b.trend_id and s.source = 'import';
drop table trend_bucket;

-- Per source: cursor, last poll, health and today's quota use (shared by restarts and replicas).
create table source_state (
    source            varchar(32) primary key,
    kind              varchar(16) not null,
    enabled           boolean     not null default false,
    cursor            text,
    last_poll_at      timestamptz,
    last_success_at   timestamptz,
    last_error        varchar(500),
    last_error_at     timestamptz,
    last_note         varchar(500),
    observations      bigint not null default 0,
    skipped           bigint not null default 0,
    quota_day         date,
    requests_today    bigint not null default 0,
    records_today     bigint not null default 0,
    updated_at        timestamptz not null default now()
);

-- ShedLock: polling and maintenance run on one replica at a time.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
