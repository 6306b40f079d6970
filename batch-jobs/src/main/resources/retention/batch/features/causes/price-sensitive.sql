-- PRICE_SENSITIVE: the customer gave price as a reason (direct), or most orders of the last year used a coupon.
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, x.customer_id, 'PRICE_SENSITIVE',
       CASE WHEN x.said IS NOT NULL THEN 0.9 ELSE 0.5 + 0.4 * x.coupon_share END,
       CASE WHEN x.said IS NOT NULL THEN 1 ELSE 0 END,
       CONCAT_WS('; ',
           CASE WHEN x.said IS NOT NULL THEN CONCAT('gave price as the reason (', x.said, ')') END,
           CASE WHEN x.coupon_share >= :couponShare AND x.frequency >= :couponMinOrders
                THEN CONCAT(x.coupon_orders, ' of ', x.frequency, ' orders in the last year used a coupon') END)
FROM (
    SELECT f.customer_id, f.coupon_share, f.coupon_orders, f.frequency,
           (SELECT CONCAT(CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id, ' on ', CAST(CAST(i.opened_at AS DATE) AS CHAR(10)))
              FROM interaction i
             WHERE i.customer_id = f.customer_id AND i.reason_tag = 'price'
               AND i.opened_at >= :causeStart AND i.opened_at < :t0
             ORDER BY i.opened_at DESC, i.id DESC LIMIT 1) AS said
    FROM customer_feature f
    WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
) x
WHERE x.said IS NOT NULL OR (x.coupon_share >= :couponShare AND x.frequency >= :couponMinOrders)
