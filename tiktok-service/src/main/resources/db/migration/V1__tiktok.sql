-- A user's TikTok connection; tokens are AES-GCM ciphertexts (SecretCipher), never plain.
create table tiktok_connection (
    user_id            uuid primary key,
    open_id            varchar(128)  not null,
    scope              varchar(512)  not null,
    access_token       varchar(1024) not null,
    access_expires_at  timestamptz   not null,
    refresh_token      varchar(1024) not null,
    refresh_expires_at timestamptz   not null,
    status             varchar(32)   not null,
    status_reason      varchar(512),
    connected_at       timestamptz   not null,
    refreshed_at       timestamptz,
    version            bigint        not null default 0
);

-- Pending authorizations: only the SHA-256 of the state is stored; a row is consumed once.
create table oauth_state (
    state_hash    char(64) primary key,
    user_id       uuid          not null,
    code_verifier varchar(1024),
    expires_at    timestamptz   not null,
    created_at    timestamptz   not null default now()
);
create index oauth_state_user on oauth_state (user_id);

create table account_snapshot (
    id           bigserial primary key,
    user_id      uuid          not null,
    open_id      varchar(128)  not null,
    fetched_at   timestamptz   not null,
    username     varchar(256),
    display_name varchar(256),
    avatar_url   varchar(2048),
    bio          text,
    profile_url  varchar(2048),
    verified     boolean       not null default false,
    followers    bigint        not null,
    following    bigint        not null,
    likes        bigint        not null,
    video_count  bigint        not null
);
create index account_snapshot_user_time on account_snapshot (user_id, fetched_at desc);

-- Latest known state of each video; its history is in video_snapshot.
create table video (
    user_id         uuid         not null,
    video_id        varchar(64)  not null,
    posted_at       timestamptz  not null,
    title           varchar(512),
    description     text,
    share_url       varchar(2048),
    cover_image_url varchar(2048),
    duration        integer      not null default 0,
    hashtags        varchar(2048) not null default '',
    views           bigint       not null,
    likes           bigint       not null,
    comments        bigint       not null,
    shares          bigint       not null,
    updated_at      timestamptz  not null,
    primary key (user_id, video_id)
);
create index video_user_posted on video (user_id, posted_at desc);

create table video_snapshot (
    id         bigserial primary key,
    user_id    uuid        not null,
    video_id   varchar(64) not null,
    fetched_at timestamptz not null,
    views      bigint      not null,
    likes      bigint      not null,
    comments   bigint      not null,
    shares     bigint      not null
);
create index video_snapshot_user on video_snapshot (user_id, video_id, fetched_at);

-- One row per scheduled slot: the replica that inserts it runs the job, the others skip.
create table job_run (
    job         varchar(64) not null,
    slot        timestamptz not null,
    claimed_by  varchar(128) not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    accounts    integer,
    failures    integer,
    primary key (job, slot)
);

create table shop_connection (
    user_id            uuid primary key,
    seller_open_id     varchar(128)  not null,
    seller_name        varchar(256),
    region             varchar(16),
    shop_id            varchar(64),
    shop_cipher        varchar(256),
    access_token       varchar(1024) not null,
    access_expires_at  timestamptz   not null,
    refresh_token      varchar(1024) not null,
    refresh_expires_at timestamptz   not null,
    connected_at       timestamptz   not null,
    version            bigint        not null default 0
);

create table shop_listing (
    user_id           uuid        not null,
    product_id        varchar(64) not null,
    tiktok_product_id varchar(64) not null,
    status            varchar(32) not null,
    published_at      timestamptz not null,
    primary key (user_id, product_id)
);
