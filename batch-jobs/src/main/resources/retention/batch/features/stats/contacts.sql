-- Messages sent per customer before the run date: when, whether the recalls were answered, on which channels the
-- customer answers, and how many recent messages were generic and ignored.
INSERT INTO stats_contacts (run_date, customer_id, last_contact_at, last_recall_at, last_answered_recall_at,
    answered_sms, answered_email, answered_wechat, answered_push, recent_messages, recent_engaged)
SELECT :runDate, l.customer_id, MAX(l.sent_at),
       MAX(CASE WHEN l.recall = TRUE THEN l.sent_at END),
       MAX(CASE WHEN l.recall = TRUE AND l.answered_at < :t0 THEN l.sent_at END),
       COUNT(CASE WHEN l.answered_at < :t0 AND l.channel = 'SMS' THEN 1 END),
       COUNT(CASE WHEN l.answered_at < :t0 AND l.channel = 'EMAIL' THEN 1 END),
       COUNT(CASE WHEN l.answered_at < :t0 AND l.channel = 'WECHAT' THEN 1 END),
       COUNT(CASE WHEN l.answered_at < :t0 AND l.channel = 'PUSH' THEN 1 END),
       COUNT(CASE WHEN l.sent_at >= :behaviourStart THEN 1 END),
       COUNT(CASE WHEN l.sent_at >= :behaviourStart
                 AND (l.personalized = TRUE OR l.opened_at < :t0 OR l.answered_at < :t0) THEN 1 END)
FROM contact_log l
WHERE l.sent_at < :t0
GROUP BY l.customer_id
