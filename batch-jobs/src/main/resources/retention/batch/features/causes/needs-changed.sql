-- NEEDS_CHANGED: the customer said they no longer need it (direct), or most recent visits went to categories they
-- never bought. The visits are looked at only for customers who browsed enough to tell.
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, x.customer_id, 'NEEDS_CHANGED',
       CASE WHEN x.said IS NOT NULL THEN 0.9 ELSE 0.4 + 0.4 * x.new_visits / x.visits END,
       CASE WHEN x.said IS NOT NULL THEN 1 ELSE 0 END,
       CONCAT_WS('; ',
           CASE WHEN x.said IS NOT NULL THEN CONCAT('said they no longer need it (', x.said, ')') END,
           CASE WHEN x.visits >= :browsingMinVisits AND x.new_visits >= :newCategoryShare * x.visits
                THEN CONCAT(x.new_visits, ' of ', x.visits, ' visits in the last ', :trendDays,
                            ' days went to categories never bought, most to ', x.top_new_category) END)
FROM (
    SELECT f.customer_id, CASE WHEN i.id IS NULL THEN NULL ELSE CONCAT(CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id, ' on ', CAST(CAST(i.opened_at AS DATE) AS CHAR(10))) END AS said,
           COALESCE(v.visits_90d, 0) AS visits,
           CASE WHEN COALESCE(v.visits_90d, 0) < :browsingMinVisits THEN 0
                ELSE (SELECT COUNT(*) FROM site_visit x
                       WHERE x.customer_id = f.customer_id AND x.visited_at >= :trendStart AND x.visited_at < :t0
                         AND x.category IS NOT NULL
                         AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = x.customer_id
                                            AND o.category = x.category AND o.status = 'PAID' AND o.placed_at < :t0)) END
               AS new_visits,
           CASE WHEN COALESCE(v.visits_90d, 0) < :browsingMinVisits THEN NULL
                ELSE (SELECT x.category FROM site_visit x
                       WHERE x.customer_id = f.customer_id AND x.visited_at >= :trendStart AND x.visited_at < :t0
                         AND x.category IS NOT NULL
                         AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = x.customer_id
                                            AND o.category = x.category AND o.status = 'PAID' AND o.placed_at < :t0)
                       GROUP BY x.category ORDER BY COUNT(*) DESC, x.category LIMIT 1) END AS top_new_category
    FROM customer_feature f
    LEFT JOIN stats_interactions s ON s.run_date = f.run_date AND s.customer_id = f.customer_id
    LEFT JOIN interaction i ON i.id = s.no_longer_need_id
    LEFT JOIN stats_visits v ON v.run_date = f.run_date AND v.customer_id = f.customer_id
    WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
      AND (s.no_longer_need_id IS NOT NULL OR v.visits_90d >= :browsingMinVisits)
) x
WHERE x.said IS NOT NULL OR (x.visits >= :browsingMinVisits AND x.new_visits >= :newCategoryShare * x.visits)
