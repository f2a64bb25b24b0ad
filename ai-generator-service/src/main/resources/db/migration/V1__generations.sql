-- Every generation a user asked for (history, GET /api/generate/history).
create table generation (
    id              uuid primary key,
    user_id         uuid         not null,
    kind            varchar(32)  not null,
    language        varchar(2)   not null,
    provider        varchar(120) not null,
    prompt_version  varchar(64)  not null,
    subject_type    varchar(16)  not null,
    subject_id      varchar(64),
    subject_name    varchar(300) not null,
    cached          boolean      not null,
    fallback_reason varchar(32),
    result          text         not null,
    created_at      timestamptz  not null
);
create index generation_user_created on generation (user_id, created_at desc, id);

-- Per-user daily counters for the plan quotas (generations in total, LLM calls).
create table usage_counter (
    user_id     uuid    not null,
    day         date    not null,
    generations integer not null default 0,
    llm_calls   integer not null default 0,
    primary key (user_id, day)
);
