-- The creator panel: per video of every connected creator, the views etc. gained per hour, so a
-- hashtag's hourly bucket can add up all creators' videos (io.trendscout.trend.panel).
-- Personal data of a creator (their user id, their videos): deleted on UserErased.

-- A creator whose fetches reached the panel (the panel's size).
create table panel_creator (
    creator_id       uuid primary key,
    first_fetched_at timestamptz not null,
    last_fetched_at  timestamptz not null
);

-- A video as the panel tracks it: the greatest counters seen so far (high-water marks; a later rise
-- counts only above them). TikTok video ids are global, so a video counts once even if two users
-- connected the same account; creator_id is the user whose fetch saw it first.
create table panel_video (
    video_id        varchar(64) primary key,
    creator_id      uuid        not null,
    created_at      timestamptz not null,
    views           bigint      not null,
    likes           bigint      not null,
    comments        bigint      not null,
    shares          bigint      not null,
    last_fetched_at timestamptz not null,
    deleted         boolean     not null default false
);
create index panel_video_creator on panel_video (creator_id);

create table panel_video_hashtag (
    video_id varchar(64)  not null references panel_video (video_id) on delete cascade,
    hashtag  varchar(100) not null,
    primary key (video_id, hashtag)
);
create index panel_video_hashtag_tag on panel_video_hashtag (hashtag, video_id);

-- What a video gained in one hour (its first sighting: everything so far, in its creation hour).
create table panel_contribution (
    video_id varchar(64) not null references panel_video (video_id) on delete cascade,
    hour     timestamptz not null,
    views    bigint      not null,
    likes    bigint      not null,
    comments bigint      not null,
    shares   bigint      not null,
    primary key (video_id, hour)
);
create index panel_contribution_hour on panel_contribution (hour);

-- The value the panel last computed (and submitted) for a hashtag and hour across all creators. Its
-- row is also the lock that orders concurrent recomputations of that bucket (see PanelBuckets).
create table panel_bucket (
    hashtag    varchar(100) not null,
    hour       timestamptz  not null,
    views      bigint       not null default 0,
    likes      bigint       not null default 0,
    comments   bigint       not null default 0,
    shares     bigint       not null default 0,
    videos     bigint       not null default 0,
    creators   bigint       not null default 0,
    fetched_at timestamptz,
    primary key (hashtag, hour)
);
create index panel_bucket_hour on panel_bucket (hour);

-- Pseudonymous tombstones of erased creators (id and time only): a StatsFetched that arrives after
-- the erasure stores nothing.
create table erased_users (
    creator_id uuid primary key,
    erased_at  timestamptz not null
);
