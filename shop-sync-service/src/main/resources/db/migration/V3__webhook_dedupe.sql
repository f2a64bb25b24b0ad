-- Shopify may deliver the same change under a new webhook id (and a signed body can be replayed under one):
-- a delivery is also unique per shop by topic + resource id + the resource's updated_at (null when the body has none).
alter table webhook_deliveries add column dedupe_key text;
create unique index webhook_deliveries_dedupe on webhook_deliveries (shop_domain, dedupe_key);
