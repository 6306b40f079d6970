-- Service interactions per customer before the run date: the early-warning and service facts, and for each reason
-- that is direct evidence of a churn cause the latest interaction giving it (ids grow with time).
INSERT INTO stats_interactions (run_date, customer_id, inquiries_90d, inquiries_prev_90d, complaints_90d,
    unresolved_tickets, last_nps_key, service_complaints, late_ticket_id, price_id, no_longer_need_id, competitor_id,
    security_id, language_id)
SELECT :runDate, i.customer_id,
       COUNT(CASE WHEN i.kind = 'INQUIRY' AND i.opened_at >= :trendStart THEN 1 END),
       COUNT(CASE WHEN i.kind = 'INQUIRY' AND i.opened_at >= :previousTrendStart AND i.opened_at < :trendStart
                THEN 1 END),
       COUNT(CASE WHEN i.kind = 'COMPLAINT' AND i.opened_at >= :trendStart THEN 1 END),
       COUNT(CASE WHEN i.kind IN ('TICKET', 'COMPLAINT') AND i.opened_at >= :trendStart AND i.opened_at < :ticketDeadline
                 AND (i.resolved_at IS NULL OR i.resolved_at >= :t0
                      OR TIMESTAMPDIFF(HOUR, i.opened_at, i.resolved_at) > :ticketHours) THEN 1 END),
       -- The latest NPS answer as one sortable text: its time, then its score from position 20.
       MAX(CASE WHEN i.kind = 'NPS_SURVEY' AND i.score BETWEEN 0 AND 10
                THEN CONCAT(CAST(i.opened_at AS CHAR(19)), LPAD(i.score, 2, '0')) END),
       COUNT(CASE WHEN i.kind = 'COMPLAINT' AND i.opened_at >= :causeStart
                 AND (i.reason_tag IS NULL OR i.reason_tag NOT IN (:otherCauseReasons)) THEN 1 END),
       MAX(CASE WHEN i.kind IN ('COMPLAINT', 'TICKET') AND i.opened_at >= :causeStart AND i.opened_at < :ticketDeadline
                 AND (i.reason_tag IS NULL OR i.reason_tag NOT IN (:otherCauseReasons))
                 AND (i.resolved_at IS NULL OR i.resolved_at >= :t0
                      OR TIMESTAMPDIFF(HOUR, i.opened_at, i.resolved_at) > :ticketHours) THEN i.id END),
       MAX(CASE WHEN i.reason_tag = 'price' AND i.opened_at >= :causeStart THEN i.id END),
       MAX(CASE WHEN i.reason_tag = 'no_longer_need' AND i.opened_at >= :causeStart THEN i.id END),
       MAX(CASE WHEN i.reason_tag = 'competitor' AND i.opened_at >= :causeStart THEN i.id END),
       MAX(CASE WHEN i.reason_tag = 'security' AND i.opened_at >= :causeStart THEN i.id END),
       MAX(CASE WHEN i.reason_tag IN ('language', 'local_payment') AND i.opened_at >= :causeStart THEN i.id END)
FROM interaction i
WHERE i.opened_at < :t0
GROUP BY i.customer_id
