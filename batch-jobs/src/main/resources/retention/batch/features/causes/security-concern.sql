-- SECURITY_CONCERN, direct: a complaint or ticket about security (a data or payment incident).
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, x.customer_id, 'SECURITY_CONCERN', 0.95, 1, CONCAT('raised a security concern (', x.said, ')')
FROM (
    SELECT f.customer_id,
           (SELECT CONCAT(CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id, ' on ', CAST(CAST(i.opened_at AS DATE) AS CHAR(10)))
              FROM interaction i
             WHERE i.customer_id = f.customer_id AND i.reason_tag = 'security'
               AND i.opened_at >= :causeStart AND i.opened_at < :t0
             ORDER BY i.opened_at DESC, i.id DESC LIMIT 1) AS said
    FROM customer_feature f
    WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
) x
WHERE x.said IS NOT NULL
