-- Links every action of the nights from :firstNight to :lastNight that went ahead (TREATED) or was held out
-- (CONTROL) to the customer's first paid order in [run date, run date + :windowDays), counting orders placed before
-- :countedUntil only, so that attributing "as of" a date always gives the same rows. Both arms' windows start at
-- the run date, the moment the rule chose them: a treated window starting at the send time instead would drop the
-- orders placed between midnight and the send from the treated arm only. Runs in one transaction after the
-- nights' rows are deleted: a second attribution with the same data writes the same rows again.
INSERT INTO action_outcome (action_id, run_date, customer_id, rule_name, action_code, arm, window_start, window_end,
    counted_until, window_closed, sent_at, order_id, ordered_at, revenue, days_to_convert)
SELECT x.id, x.run_date, x.customer_id, x.rule_name, x.action_code, x.arm, x.window_start, x.window_end,
       :countedUntil, CASE WHEN x.window_end <= :countedUntil THEN TRUE ELSE FALSE END, x.sent_at,
       o.id, o.placed_at, COALESCE(o.amount - o.refund_amount, 0),
       CASE WHEN o.id IS NULL THEN NULL ELSE TIMESTAMPDIFF(DAY, x.window_start, o.placed_at) END
FROM (
    SELECT a.id, a.run_date, a.customer_id, a.rule_name, a.action_code,
           CASE WHEN a.status = 'HELD_OUT' THEN 'CONTROL' ELSE 'TREATED' END AS arm,
           CAST(a.run_date AS DATETIME) AS window_start,
           TIMESTAMPADD(DAY, :windowDays, CAST(a.run_date AS DATETIME)) AS window_end,
           (SELECT MAX(ob.sent_at) FROM outbox ob WHERE ob.action_id = a.id) AS sent_at,
           (SELECT fo.id FROM orders fo
             WHERE fo.customer_id = a.customer_id AND fo.status = 'PAID'
               AND fo.placed_at >= CAST(a.run_date AS DATETIME)
               AND fo.placed_at < TIMESTAMPADD(DAY, :windowDays, CAST(a.run_date AS DATETIME))
               AND fo.placed_at < :countedUntil
             ORDER BY fo.placed_at, fo.id LIMIT 1) AS first_order_id
    FROM retention_action a
    WHERE a.run_date BETWEEN :firstNight AND :lastNight
      AND (a.status = 'HELD_OUT' OR (a.status = 'PLANNED' AND a.kind <> 'SUPPRESS'))
) x
LEFT JOIN orders o ON o.id = x.first_order_id
