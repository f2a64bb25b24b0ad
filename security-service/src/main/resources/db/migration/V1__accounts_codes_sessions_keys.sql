-- Accounts with their profile and preferences (seed 000 user schema, minus what other services own).
create table account (
    id                  uuid primary key,
    email               varchar(320) not null,
    password_hash       varchar(255) not null,
    status              varchar(32)  not null,
    roles               varchar(100) not null,
    tier                varchar(20)  not null default 'basic',
    first_name          varchar(100),
    last_name           varchar(100),
    locale              varchar(5)   not null,
    time_zone           varchar(64)  not null,
    primary_niche       varchar(40),
    secondary_niches    varchar(500) not null default '',
    notify_email        boolean      not null default true,
    notify_push         boolean      not null default false,
    notify_frequency    varchar(10)  not null default 'weekly',
    theme               varchar(10)  not null default 'light',
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    verified_at         timestamptz,
    last_login_at       timestamptz,
    password_changed_at timestamptz  not null,
    version             bigint       not null default 0
);
create unique index account_email_uk on account (lower(email));

-- One-time codes (email verification, login 2FA, password reset): only a salted hash is kept.
create table one_time_code (
    id          uuid primary key,
    purpose     varchar(32)  not null,
    subject     varchar(64)  not null,
    user_id     uuid         not null references account (id) on delete cascade,
    code_hash   varchar(64)  not null,
    salt        varchar(32)  not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    attempts    int          not null default 0,
    used_at     timestamptz,
    superseded  boolean      not null default false
);
create index one_time_code_subject_ix on one_time_code (purpose, subject, created_at desc);

-- A session is a refresh-token family: each refresh rotates the token inside the family.
create table session_family (
    id             uuid primary key,
    user_id        uuid         not null references account (id) on delete cascade,
    created_at     timestamptz  not null,
    last_used_at   timestamptz  not null,
    expires_at     timestamptz  not null,
    revoked_at     timestamptz,
    revoke_reason  varchar(32),
    client_address varchar(64),
    user_agent     varchar(200)
);
create index session_family_user_ix on session_family (user_id);

create table refresh_token (
    id          uuid primary key,
    family_id   uuid         not null references session_family (id) on delete cascade,
    token_hash  varchar(64)  not null unique,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);
create index refresh_token_family_ix on refresh_token (family_id);

-- Failed sign-in attempts per account and per client address (shared by all replicas).
create table login_throttle (
    throttle_key    varchar(200) primary key,
    failures        int          not null,
    window_start    timestamptz  not null,
    last_failure_at timestamptz  not null,
    locked_until    timestamptz
);

-- Signing keys: the private JWK is encrypted with the platform SecretCipher and wiped on retirement.
create table signing_key (
    kid            varchar(64) primary key,
    algorithm      varchar(10)  not null,
    public_jwk     text         not null,
    private_jwk    text,
    created_at     timestamptz  not null,
    retired_at     timestamptz,
    publish_until  timestamptz
);

-- Security audit trail; rows of an erased user lose their user id and address.
create table security_event (
    id             bigserial primary key,
    type           varchar(40)  not null,
    user_id        uuid,
    client_address varchar(64),
    detail         varchar(200),
    occurred_at    timestamptz  not null
);
create index security_event_user_ix on security_event (user_id);
create index security_event_type_ix on security_event (type, occurred_at);
