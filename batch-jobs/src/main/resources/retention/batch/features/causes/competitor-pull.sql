-- COMPETITOR_PULL: the customer said they buy from a competitor (direct), or their last order came shortly before a
-- rival's subsidy campaign started in their city.
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, x.customer_id, 'COMPETITOR_PULL',
       CASE WHEN i.id IS NOT NULL THEN 0.9 ELSE 0.6 END,
       CASE WHEN i.id IS NOT NULL THEN 1 ELSE 0 END,
       CONCAT_WS('; ',
           CASE WHEN i.id IS NOT NULL THEN CONCAT('said they buy from a competitor (', CONCAT(CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id, ' on ', CAST(CAST(i.opened_at AS DATE) AS CHAR(10))), ')') END,
           CASE WHEN e.id IS NOT NULL
                THEN CONCAT('stopped buying as ', e.name, CASE WHEN e.city IS NULL THEN '' ELSE CONCAT(' in ', e.city) END,
                            ' began on ', CAST(CAST(e.started_at AS DATE) AS CHAR(10))) END)
FROM (
    SELECT f.customer_id, MAX(s.competitor_id) AS said_id, MAX(e.id) AS campaign_id
    FROM customer_feature f
    LEFT JOIN stats_interactions s ON s.run_date = f.run_date AND s.customer_id = f.customer_id
    LEFT JOIN market_event e ON e.kind = 'COMPETITOR_CAMPAIGN' AND (e.city IS NULL OR e.city = f.city)
         AND e.started_at < :t0 AND e.started_at >= f.last_order_at
         AND TIMESTAMPDIFF(DAY, f.last_order_at, e.started_at) <= :competitorDays
    WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
    GROUP BY f.customer_id
) x
LEFT JOIN interaction i ON i.id = x.said_id
LEFT JOIN market_event e ON e.id = x.campaign_id
WHERE x.said_id IS NOT NULL OR x.campaign_id IS NOT NULL
