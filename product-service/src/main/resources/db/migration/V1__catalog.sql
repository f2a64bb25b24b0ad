-- Product catalog, per-channel listings, saved products and collections.
-- pg_trgm lives in one schema per database (public here). Where the service role may not create
-- extensions, an administrator creates it beforehand; "if not exists" then does nothing.
create extension if not exists pg_trgm with schema public;

create table product
(
  id                     uuid primary key,
  name                   text        not null,
  description            text        not null default '',
  images                 text[]      not null default '{}',
  categories             text[]      not null default '{}',
  primary_niche          text,
  tags                   text[]      not null default '{}',
  cost_price             numeric(12, 2),
  retail_price           numeric(12, 2) not null check (retail_price >= 0),
  currency               char(3)     not null,
  supplier_name          text,
  supplier_website       text,
  supplier_shipping_days int,
  supplier_shipping_cost numeric(12, 2),
  tiktok_shop_available  boolean     not null default false,
  tiktok_shop_url        text,
  tiktok_shop_product_id text,
  view_count             bigint      not null default 0,
  save_count             bigint      not null default 0,
  conversion_rate        numeric(6, 4) not null default 0,
  average_rating         numeric(3, 2),
  trend_score            int         not null default 0 check (trend_score between 0 and 100),
  trend_level            text,
  trend_direction        text,
  first_detected         timestamptz,
  peak_date              timestamptz,
  related_hashtags       text[]      not null default '{}',
  merchant_id            uuid,
  status                 text        not null default 'ACTIVE',
  created_at             timestamptz not null,
  updated_at             timestamptz not null,
  search_vector          tsvector    not null default ''::tsvector
);

-- array_to_string is only stable, so the search vector is trigger-maintained instead of generated.
create function product_search_vector() returns trigger language plpgsql as
$$
declare
  words text := array_to_string(new.tags, ' ') || ' ' || array_to_string(new.categories, ' ') || ' '
                  || coalesce(new.primary_niche, '');
begin
  new.search_vector :=
      setweight(to_tsvector('english', new.name), 'A') || setweight(to_tsvector('german', new.name), 'A')
    || setweight(to_tsvector('english', words), 'B') || setweight(to_tsvector('german', words), 'B')
    || setweight(to_tsvector('english', new.description), 'C') || setweight(to_tsvector('german', new.description), 'C');
  return new;
end
$$;

create trigger product_search_vector_update
  before insert or update of name, description, tags, categories, primary_niche on product
  for each row execute function product_search_vector();

create index product_search_idx on product using gin (search_vector);
create index product_tags_idx on product using gin (tags);
create index product_hashtags_idx on product using gin (related_hashtags);
create index product_categories_idx on product using gin (categories);
create index product_trend_idx on product (trend_score desc, id desc) where status = 'ACTIVE';
create index product_price_idx on product (retail_price, id) where status = 'ACTIVE';
create index product_newest_idx on product (created_at desc, id desc) where status = 'ACTIVE';
create index product_niche_idx on product (primary_niche, trend_score desc, id desc) where status = 'ACTIVE';
create index product_merchant_idx on product (merchant_id) where merchant_id is not null;

do
$$
declare
  trgm_schema text;
begin
  select n.nspname into trgm_schema
  from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
  execute format('create index product_name_trgm_idx on product using gin (lower(name) %I.gin_trgm_ops)', trgm_schema);
end
$$;

create table product_listing
(
  id                uuid primary key,
  product_id        uuid        not null references product (id) on delete cascade,
  merchant_id       uuid        not null,
  channel           text        not null,
  external_id       text,
  connection_id     uuid,
  sku               text,
  stock             int,
  price             numeric(12, 2),
  currency          char(3),
  status            text,
  gtin              text,
  deleted           boolean     not null default false,
  source_updated_at timestamptz,
  updated_at        timestamptz not null,
  unique (merchant_id, channel, external_id)
);
create index product_listing_product_idx on product_listing (product_id);
create index product_listing_channel_idx on product_listing (channel, product_id) where not deleted;
create unique index product_listing_manual_idx on product_listing (product_id, channel) where external_id is null;

create table saved_product
(
  user_id    uuid        not null,
  product_id uuid        not null references product (id) on delete cascade,
  saved_at   timestamptz not null,
  primary key (user_id, product_id)
);
create index saved_product_recent_idx on saved_product (user_id, saved_at desc, product_id desc);

create table product_collection
(
  id          uuid primary key,
  owner_id    uuid        not null,
  name        text        not null,
  description text        not null default '',
  is_public   boolean     not null default false,
  created_at  timestamptz not null,
  updated_at  timestamptz not null
);
create index product_collection_owner_idx on product_collection (owner_id, created_at desc);
create index product_collection_public_idx on product_collection (updated_at desc, id desc) where is_public;

create table collection_product
(
  collection_id uuid        not null references product_collection (id) on delete cascade,
  product_id    uuid        not null references product (id) on delete cascade,
  added_at      timestamptz not null,
  primary key (collection_id, product_id)
);
create index collection_product_product_idx on collection_product (product_id);
