-- Recent site visits per customer: how much they browse, and signs of a poor experience.
INSERT INTO stats_visits (run_date, customer_id, visits_90d, failed_checkouts, slow_visits, max_checkout_steps)
SELECT :runDate, v.customer_id,
       COUNT(CASE WHEN v.visited_at >= :trendStart THEN 1 END),
       COUNT(CASE WHEN v.visited_at >= :behaviourStart AND v.outcome IN ('CART_ABANDONED', 'CHECKOUT_FAILED')
                THEN 1 END),
       COUNT(CASE WHEN v.visited_at >= :behaviourStart AND v.page_load_ms > :slowPageMs THEN 1 END),
       COALESCE(MAX(CASE WHEN v.visited_at >= :behaviourStart THEN v.checkout_steps END), 0)
FROM site_visit v
WHERE v.visited_at < :t0 AND v.visited_at >= :visitsStart
GROUP BY v.customer_id
