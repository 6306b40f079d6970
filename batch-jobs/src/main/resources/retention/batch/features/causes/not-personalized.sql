-- NOT_PERSONALIZED, behavioural: several recent messages, all generic, none opened or answered (seed 002: a
-- personalised SMS is opened 37% of the time, 23 points more than a generic one).
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, x.customer_id, 'NOT_PERSONALIZED', 0.6, 0,
       CONCAT(x.messages, ' generic messages in the last ', :behaviourDays, ' days, none opened or answered')
FROM (
    SELECT f.customer_id,
           (SELECT COUNT(*) FROM contact_log l
             WHERE l.customer_id = f.customer_id AND l.sent_at >= :behaviourStart AND l.sent_at < :t0) AS messages,
           (SELECT COUNT(*) FROM contact_log l
             WHERE l.customer_id = f.customer_id AND l.sent_at >= :behaviourStart AND l.sent_at < :t0
               AND (l.personalized = TRUE OR l.opened_at < :t0 OR l.answered_at < :t0)) AS engaged
    FROM customer_feature f
    WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
) x
WHERE x.messages >= :genericMessages AND x.engaged = 0
