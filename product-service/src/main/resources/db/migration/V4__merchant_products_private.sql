-- A merchant's products (created by hand or synced from their shops) are private to the merchant unless the merchant
-- publishes one into the shared research catalog; the research catalog's own products (no merchant) are published.
alter table product add column published boolean not null default false;
update product set published = true where merchant_id is null;

-- The public listing's partial indexes cover published products only: the public queries filter on
-- "status = 'ACTIVE' and published", so their pages and counts stay index-only scans (same columns as before).
drop index product_trend_idx;
drop index product_price_idx;
drop index product_newest_idx;
drop index product_niche_idx;
drop index product_niche_price_idx;
drop index product_niche_newest_idx;
create index product_trend_idx on product (trend_score desc, id desc) where status = 'ACTIVE' and published;
create index product_price_idx on product (retail_price, id) where status = 'ACTIVE' and published;
create index product_newest_idx on product (created_at desc, id desc) where status = 'ACTIVE' and published;
create index product_niche_idx on product (primary_niche, trend_score desc, id desc)
  include (trend_level, trend_direction, retail_price, currency)
  where status = 'ACTIVE' and published;
create index product_niche_price_idx on product (primary_niche, retail_price, id)
  include (trend_score, trend_level, trend_direction, currency)
  where status = 'ACTIVE' and published;
create index product_niche_newest_idx on product (primary_niche, created_at desc, id desc)
  include (trend_score, trend_level, trend_direction, retail_price, currency)
  where status = 'ACTIVE' and published;
