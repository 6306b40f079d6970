-- PRICE_SENSITIVE: the customer gave price as a reason (direct), or most orders of the last year used a coupon.
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, f.customer_id, 'PRICE_SENSITIVE',
       CASE WHEN i.id IS NOT NULL THEN 0.9 ELSE 0.5 + 0.4 * f.coupon_share END,
       CASE WHEN i.id IS NOT NULL THEN 1 ELSE 0 END,
       CONCAT_WS('; ',
           CASE WHEN i.id IS NOT NULL THEN CONCAT('gave price as the reason (', CONCAT(CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id, ' on ', CAST(CAST(i.opened_at AS DATE) AS CHAR(10))), ')') END,
           CASE WHEN f.coupon_share >= :couponShare AND f.frequency >= :couponMinOrders
                THEN CONCAT(f.coupon_orders, ' of ', f.frequency, ' orders in the last year used a coupon') END)
FROM customer_feature f
LEFT JOIN stats_interactions s ON s.run_date = f.run_date AND s.customer_id = f.customer_id
LEFT JOIN interaction i ON i.id = s.price_id
WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
  AND (s.price_id IS NOT NULL OR (f.coupon_share >= :couponShare AND f.frequency >= :couponMinOrders))
