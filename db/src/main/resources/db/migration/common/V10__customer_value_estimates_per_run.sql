-- The purchase model's estimates per distinct purchase history now live in a scratch table of the run
-- (stats_values_<date>, see batch-jobs' stats/tables.sql), like the other per-customer aggregates: nothing read
-- clv_estimate but the facts statement of its own run, and each customer's P(alive), expected purchases and CLV stay
-- in customer_feature.
DROP TABLE clv_estimate;
