-- LOCALIZATION_GAP: the customer asked about their language or a local payment method (direct), or prefers a
-- language the shop does not serve.
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, f.customer_id, 'LOCALIZATION_GAP',
       CASE WHEN i.id IS NOT NULL THEN 0.9 ELSE 0.5 END,
       CASE WHEN i.id IS NOT NULL THEN 1 ELSE 0 END,
       CONCAT_WS('; ',
           CASE WHEN i.id IS NOT NULL
                THEN CONCAT('asked about ', CASE i.reason_tag WHEN 'language' THEN 'service in their language'
                                                 ELSE 'a local payment method' END, ' (', CONCAT(CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id, ' on ', CAST(CAST(i.opened_at AS DATE) AS CHAR(10))), ')') END,
           CASE WHEN f.language NOT IN (:servedLanguages)
                THEN CONCAT('prefers ', f.language, ', which the shop does not serve') END)
FROM customer_feature f
LEFT JOIN stats_interactions s ON s.run_date = f.run_date AND s.customer_id = f.customer_id
LEFT JOIN interaction i ON i.id = s.language_id
WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
  AND (s.language_id IS NOT NULL OR f.language NOT IN (:servedLanguages))
