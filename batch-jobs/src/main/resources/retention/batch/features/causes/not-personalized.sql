-- NOT_PERSONALIZED, behavioural: several recent messages, all generic, none opened or answered (seed 002: a
-- personalised SMS is opened 37% of the time, 23 points more than a generic one).
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, f.customer_id, 'NOT_PERSONALIZED', 0.6, 0,
       CONCAT(l.recent_messages, ' generic messages in the last ', :behaviourDays, ' days, none opened or answered')
FROM customer_feature f
JOIN stats_contacts l ON l.run_date = f.run_date AND l.customer_id = f.customer_id
WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
  AND l.recent_messages >= :genericMessages AND l.recent_engaged = 0
