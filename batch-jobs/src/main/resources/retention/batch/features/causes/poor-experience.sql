-- POOR_EXPERIENCE, behavioural: abandoned carts or failed checkouts, slow pages, or a long checkout (seed 003:
-- pages over 3 s, checkouts over 5 steps) in the recent visits.
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, f.customer_id, 'POOR_EXPERIENCE',
       0.5 + 0.1 * ((CASE WHEN v.failed_checkouts >= :failedCheckouts THEN 1 ELSE 0 END)
                    + (CASE WHEN v.slow_visits >= :slowVisits THEN 1 ELSE 0 END)
                    + (CASE WHEN v.max_checkout_steps > :maxCheckoutSteps THEN 1 ELSE 0 END)),
       0,
       CONCAT(CONCAT_WS('; ',
           CASE WHEN v.failed_checkouts > 0 THEN CONCAT(v.failed_checkouts, ' abandoned carts or failed checkouts') END,
           CASE WHEN v.slow_visits > 0 THEN CONCAT(v.slow_visits, ' visits with pages slower than ', :slowPageMs, ' ms') END,
           CASE WHEN v.max_checkout_steps > :maxCheckoutSteps THEN CONCAT('a checkout of ', v.max_checkout_steps, ' steps') END),
           ' in the last ', :behaviourDays, ' days')
FROM customer_feature f
JOIN stats_visits v ON v.run_date = f.run_date AND v.customer_id = f.customer_id
WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
  AND (v.failed_checkouts >= :failedCheckouts OR v.slow_visits >= :slowVisits OR v.max_checkout_steps > :maxCheckoutSteps)
