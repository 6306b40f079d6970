-- POOR_EXPERIENCE, behavioural: abandoned carts or failed checkouts, slow pages, or a long checkout (seed 003:
-- pages over 3 s, checkouts over 5 steps) in the recent visits.
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, x.customer_id, 'POOR_EXPERIENCE',
       0.5 + 0.1 * ((CASE WHEN x.failed >= :failedCheckouts THEN 1 ELSE 0 END)
                    + (CASE WHEN x.slow >= :slowVisits THEN 1 ELSE 0 END)
                    + (CASE WHEN x.steps > :maxCheckoutSteps THEN 1 ELSE 0 END)),
       0,
       CONCAT(CONCAT_WS('; ',
           CASE WHEN x.failed > 0 THEN CONCAT(x.failed, ' abandoned carts or failed checkouts') END,
           CASE WHEN x.slow > 0 THEN CONCAT(x.slow, ' visits with pages slower than ', :slowPageMs, ' ms') END,
           CASE WHEN x.steps > :maxCheckoutSteps THEN CONCAT('a checkout of ', x.steps, ' steps') END),
           ' in the last ', :behaviourDays, ' days')
FROM (
    SELECT f.customer_id,
           (SELECT COUNT(*) FROM site_visit v
             WHERE v.customer_id = f.customer_id AND v.visited_at >= :behaviourStart AND v.visited_at < :t0
               AND v.outcome IN ('CART_ABANDONED', 'CHECKOUT_FAILED')) AS failed,
           (SELECT COUNT(*) FROM site_visit v
             WHERE v.customer_id = f.customer_id AND v.visited_at >= :behaviourStart AND v.visited_at < :t0
               AND v.page_load_ms > :slowPageMs) AS slow,
           (SELECT COALESCE(MAX(v.checkout_steps), 0) FROM site_visit v
             WHERE v.customer_id = f.customer_id AND v.visited_at >= :behaviourStart AND v.visited_at < :t0) AS steps
    FROM customer_feature f
    WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
) x
WHERE x.failed >= :failedCheckouts OR x.slow >= :slowVisits OR x.steps > :maxCheckoutSteps
