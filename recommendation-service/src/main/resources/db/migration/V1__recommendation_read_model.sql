-- Read model of the recommendation-service: fed by events and by the product-service's public catalog.
create table catalog_product (
    id              uuid primary key,
    name            text        not null,
    niche           text,
    categories      text[]      not null default '{}',
    tags            text[]      not null default '{}',
    price           numeric(14, 2),
    currency        text,
    trend_score     int         not null default 0,
    trend_direction text,
    in_stock        boolean,
    refreshed_at    timestamptz not null
);

create table interaction (
    id         bigserial primary key,
    user_id    uuid        not null,
    product_id uuid        not null,
    kind       text        not null,
    at         timestamptz not null
);
create index interaction_user on interaction (user_id);

create table topic_trend (
    topic      text primary key,
    score      int         not null,
    direction  text,
    updated_at timestamptz not null
);

create table user_preference (
    user_id    uuid primary key,
    niches     text[]      not null,
    updated_at timestamptz not null
);

create table creator_stats (
    user_id         uuid primary key,
    display_name    text,
    followers       bigint           not null,
    engagement_rate double precision not null,
    average_views   bigint           not null,
    hashtags        text[]           not null default '{}',
    fetched_at      timestamptz      not null
);

-- Trained models, newest by version; the service serves the newest at start and keeps a few.
create table model_snapshot (
    version    bigint primary key,
    trained_at timestamptz not null,
    products   int         not null,
    payload    bytea       not null
);
