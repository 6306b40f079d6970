-- SERVICE_DISSATISFIED, always direct: a complaint about the service, a complaint or ticket left open (or resolved)
-- after more than the ticket hours, or an NPS detractor score. Complaints about price, security or language count
-- for those causes instead.
INSERT INTO customer_cause (run_date, customer_id, cause, confidence, direct, evidence)
SELECT :runDate, f.customer_id, 'SERVICE_DISSATISFIED',
       CASE WHEN i.id IS NOT NULL THEN 0.95 WHEN s.service_complaints > 0 THEN 0.9 ELSE 0.8 END,
       1,
       CONCAT_WS('; ',
           CASE WHEN i.id IS NOT NULL
                THEN CONCAT(CASE i.kind WHEN 'NPS_SURVEY' THEN 'NPS survey' WHEN 'COMPLAINT' THEN 'complaint' WHEN 'TICKET' THEN 'ticket' WHEN 'INQUIRY' THEN 'inquiry' ELSE 'review' END, ' #', i.id,
                            CASE WHEN i.resolved_at IS NULL OR i.resolved_at >= :t0
                                 THEN CONCAT(' unresolved for ', TIMESTAMPDIFF(HOUR, i.opened_at, :t0), ' h')
                                 ELSE CONCAT(' took ', TIMESTAMPDIFF(HOUR, i.opened_at, i.resolved_at), ' h to resolve') END) END,
           CASE WHEN s.service_complaints > 0
                THEN CONCAT(s.service_complaints, CASE WHEN s.service_complaints = 1 THEN ' complaint' ELSE ' complaints' END,
                            ' in the last year') END,
           CASE WHEN f.nps_detractor = 1 THEN CONCAT('NPS ', f.last_nps, ' (detractor)') END)
FROM customer_feature f
LEFT JOIN stats_interactions s ON s.run_date = f.run_date AND s.customer_id = f.customer_id
LEFT JOIN interaction i ON i.id = s.late_ticket_id
WHERE f.run_date = :runDate AND f.stage IN ('AT_RISK', 'CHURNED')
  AND (s.late_ticket_id IS NOT NULL OR s.service_complaints > 0 OR f.nps_detractor = 1)
