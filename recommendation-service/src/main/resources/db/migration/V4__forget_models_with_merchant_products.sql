-- The catalog copy used to include merchants' own (private) products, and so did the trained models. The catalog
-- drops them at its next refresh (rows not refreshed are removed); the stored models are dropped here and retrained.
delete from model_snapshot;
