-- Synced listings join an existing product of the same merchant by GTIN; without this index that lookup
-- scanned all of the merchant's listings for every new listing.
create index product_listing_gtin_idx on product_listing (merchant_id, gtin) where gtin is not null and not deleted;
