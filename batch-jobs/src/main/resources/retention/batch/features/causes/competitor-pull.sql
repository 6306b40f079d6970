-- COMPETITOR_PULL: the customer said they buy from a competitor (direct), or their last order came shortly before a
-- rival's subsidy campaign started in their city.
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, x.customer_id, 'COMPETITOR_PULL',
       CASE WHEN x.said IS NOT NULL THEN 0.9 ELSE 0.6 END,
       CASE WHEN x.said IS NOT NULL THEN 1 ELSE 0 END,
       CONCAT_WS('; ',
           CASE WHEN x.said IS NOT NULL THEN CONCAT('said they buy from a competitor (', x.said, ')') END,
           CASE WHEN x.campaign IS NOT NULL THEN CONCAT('stopped buying as ', x.campaign, ' began') END)
FROM (
    SELECT f.customer_id,
           (SELECT CONCAT(CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id, ' on ', CAST(CAST(i.opened_at AS DATE) AS CHAR(10)))
              FROM interaction i
             WHERE i.customer_id = f.customer_id AND i.reason_tag = 'competitor'
               AND i.opened_at >= :causeStart AND i.opened_at < :t0
             ORDER BY i.opened_at DESC, i.id DESC LIMIT 1) AS said,
           (SELECT CONCAT(e.name, CASE WHEN e.city IS NULL THEN '' ELSE CONCAT(' in ', e.city) END, ' on ',
                          CAST(CAST(e.started_at AS DATE) AS CHAR(10)))
              FROM market_event e
             WHERE e.kind = 'COMPETITOR_CAMPAIGN' AND (e.city IS NULL OR e.city = f.city)
               AND e.started_at < :t0 AND e.started_at >= f.last_order_at
               AND TIMESTAMPDIFF(DAY, f.last_order_at, e.started_at) <= :competitorDays
             ORDER BY e.started_at DESC LIMIT 1) AS campaign
    FROM customer_feature f
    WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
) x
WHERE x.said IS NOT NULL OR x.campaign IS NOT NULL
