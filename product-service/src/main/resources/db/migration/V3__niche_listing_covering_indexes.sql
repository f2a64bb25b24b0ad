-- Covering indexes for a listing within a niche: each carries every scalar listing filter (trend score, level,
-- direction, price, currency), so a page is found by an index-only scan that rejects non-matching entries without
-- reading their rows, and the capped total count is an index-only scan as well. Before, both visited every row
-- the niche index offered (a niche's rows lie all over the table: about 7,800 heap pages for one niche at
-- 100,000 products), e.g. "trendLevel=low sorted by trend score" skipped every higher-scored row on the heap.
-- Ordered by the sorts a listing offers: trend score, price (either direction), newest; keyset tiebreaker id.
drop index product_niche_idx;
create index product_niche_idx on product (primary_niche, trend_score desc, id desc)
  include (trend_level, trend_direction, retail_price, currency)
  where status = 'ACTIVE';

-- Also narrows a text search within a niche and a budget (niche + price range) before it reads rows.
create index product_niche_price_idx on product (primary_niche, retail_price, id)
  include (trend_score, trend_level, trend_direction, currency)
  where status = 'ACTIVE';

create index product_niche_newest_idx on product (primary_niche, created_at desc, id desc)
  include (trend_score, trend_level, trend_direction, retail_price, currency)
  where status = 'ACTIVE';
