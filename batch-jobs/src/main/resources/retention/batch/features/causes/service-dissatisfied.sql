-- SERVICE_DISSATISFIED, always direct: a complaint about the service, a complaint or ticket left open (or resolved)
-- after more than the ticket hours, or an NPS detractor score. Complaints about price, security or language count
-- for those causes instead.
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, x.customer_id, 'SERVICE_DISSATISFIED',
       CASE WHEN x.late IS NOT NULL THEN 0.95 WHEN x.complaints > 0 THEN 0.9 ELSE 0.8 END,
       1,
       CONCAT_WS('; ', x.late,
           CASE WHEN x.complaints > 0
                THEN CONCAT(x.complaints, CASE WHEN x.complaints = 1 THEN ' complaint' ELSE ' complaints' END,
                            ' in the last year') END,
           CASE WHEN x.nps_detractor = 1 THEN CONCAT('NPS ', x.last_nps, ' (detractor)') END)
FROM (
    SELECT f.customer_id, f.nps_detractor, f.last_nps,
           (SELECT COUNT(*) FROM interaction i
             WHERE i.customer_id = f.customer_id AND i.kind = 'COMPLAINT'
               AND i.opened_at >= :causeStart AND i.opened_at < :t0
               AND (i.reason_tag IS NULL OR i.reason_tag NOT IN (:otherCauseReasons))) AS complaints,
           (SELECT CONCAT(CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id,
                          CASE WHEN i.resolved_at IS NULL OR i.resolved_at >= :t0
                               THEN CONCAT(' unresolved for ', TIMESTAMPDIFF(HOUR, i.opened_at, :t0), ' h')
                               ELSE CONCAT(' took ', TIMESTAMPDIFF(HOUR, i.opened_at, i.resolved_at), ' h to resolve') END)
              FROM interaction i
             WHERE i.customer_id = f.customer_id AND i.kind IN ('COMPLAINT', 'TICKET')
               AND i.opened_at >= :causeStart AND i.opened_at < :ticketDeadline
               AND (i.reason_tag IS NULL OR i.reason_tag NOT IN (:otherCauseReasons))
               AND (i.resolved_at IS NULL OR i.resolved_at >= :t0
                    OR TIMESTAMPDIFF(HOUR, i.opened_at, i.resolved_at) > :ticketHours)
             ORDER BY i.opened_at DESC, i.id DESC LIMIT 1) AS late
    FROM customer_feature f
    WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
) x
WHERE x.late IS NOT NULL OR x.complaints > 0 OR x.nps_detractor = 1
