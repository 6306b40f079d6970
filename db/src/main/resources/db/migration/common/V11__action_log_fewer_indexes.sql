-- Every action the nightly run decides writes one entry into each index of the action log, and those entries are
-- most of the evaluation step's database work: inserting a night's 1,722,862 actions into a copy of the log took
-- 37.6 s with the V1 and V5 indexes, 30.3 s without the status index and 26.1 s without the customer index as well
-- (docs/benchmarks.md). So:
-- * The unique key leads with the customer. It then also serves the API's customer filter and the dispatch plan's
--   lookup per customer and night, which ix_retention_action_customer (customer_id, run_date) served; reads of a
--   whole night go through ix_retention_action_date (run_date, id).
-- * The status filter reads the date index and checks each row, as the channel filter does: a night's actions are
--   spread over four statuses (PLANNED, OUTRANKED, SUPPRESSED, HELD_OUT), none rare enough to need its own index.
ALTER TABLE retention_action ADD CONSTRAINT uq_retention_action_customer UNIQUE (customer_id, run_date, action_code);
ALTER TABLE retention_action DROP CONSTRAINT uq_retention_action;
DROP INDEX ix_retention_action_customer ON retention_action;
DROP INDEX ix_retention_action_status ON retention_action;
