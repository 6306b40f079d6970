-- NEEDS_CHANGED: the customer said they no longer need it (direct), or most recent visits went to categories they
-- never bought.
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
    SELECT f.customer_id,
           (SELECT CONCAT(CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id, ' on ', CAST(CAST(i.opened_at AS DATE) AS CHAR(10)))
              FROM interaction i
             WHERE i.customer_id = f.customer_id AND i.reason_tag = 'no_longer_need'
               AND i.opened_at >= :causeStart AND i.opened_at < :t0
             ORDER BY i.opened_at DESC, i.id DESC LIMIT 1) AS said,
           (SELECT COUNT(*) FROM site_visit v
             WHERE v.customer_id = f.customer_id AND v.visited_at >= :trendStart AND v.visited_at < :t0) AS visits,
           (SELECT COUNT(*) FROM site_visit v
             WHERE v.customer_id = f.customer_id AND v.visited_at >= :trendStart AND v.visited_at < :t0
               AND v.category IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = v.customer_id AND o.category = v.category
                                  AND o.status = 'PAID' AND o.placed_at < :t0)) AS new_visits,
           (SELECT v.category FROM site_visit v
             WHERE v.customer_id = f.customer_id AND v.visited_at >= :trendStart AND v.visited_at < :t0
               AND v.category IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = v.customer_id AND o.category = v.category
                                  AND o.status = 'PAID' AND o.placed_at < :t0)
             GROUP BY v.category ORDER BY COUNT(*) DESC, v.category LIMIT 1) AS top_new_category
    FROM customer_feature f
    WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
) x
WHERE x.said IS NOT NULL OR (x.visits >= :browsingMinVisits AND x.new_visits >= :newCategoryShare * x.visits)
