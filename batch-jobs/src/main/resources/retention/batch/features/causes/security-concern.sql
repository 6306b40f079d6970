-- SECURITY_CONCERN, direct: a complaint or ticket about security (a data or payment incident).
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, f.customer_id, 'SECURITY_CONCERN', 0.95, 1, CONCAT('raised a security concern (', CONCAT(CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id, ' on ', CAST(CAST(i.opened_at AS DATE) AS CHAR(10))), ')')
FROM customer_feature f
JOIN stats_interactions s ON s.run_date = f.run_date AND s.customer_id = f.customer_id
JOIN interaction i ON i.id = s.security_id
WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
