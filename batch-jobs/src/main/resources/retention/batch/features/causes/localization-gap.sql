-- LOCALIZATION_GAP: the customer asked about their language or a local payment method (direct), or prefers a
-- language the shop does not serve.
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, x.customer_id, 'LOCALIZATION_GAP',
       CASE WHEN x.said IS NOT NULL THEN 0.9 ELSE 0.5 END,
       CASE WHEN x.said IS NOT NULL THEN 1 ELSE 0 END,
       CONCAT_WS('; ',
           CASE WHEN x.said IS NOT NULL THEN CONCAT('asked about ', x.said) END,
           CASE WHEN x.unserved = 1 THEN CONCAT('prefers ', x.language, ', which the shop does not serve') END)
FROM (
    SELECT f.customer_id, f.language,
           CASE WHEN f.language NOT IN (:servedLanguages) THEN 1 ELSE 0 END AS unserved,
           (SELECT CONCAT(CASE i.reason_tag WHEN 'language' THEN 'service in their language'
                                            ELSE 'a local payment method' END,
                          ' (', CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id, ' on ', CAST(CAST(i.opened_at AS DATE) AS CHAR(10)), ')')
              FROM interaction i
             WHERE i.customer_id = f.customer_id AND i.reason_tag IN ('language', 'local_payment')
               AND i.opened_at >= :causeStart AND i.opened_at < :t0
             ORDER BY i.opened_at DESC, i.id DESC LIMIT 1) AS said
    FROM customer_feature f
    WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
) x
WHERE x.said IS NOT NULL OR x.unserved = 1
