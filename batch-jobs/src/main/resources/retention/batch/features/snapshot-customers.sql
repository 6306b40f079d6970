-- One row of facts per customer registered before the run date, from data before it (t0 = run date 00:00 UTC).
-- Day counts are calendar days between dates. The per-table aggregates are in the stats_* tables already (see
-- stats/*.sql); read from the inside out: customers joined to them by key and to the segment grid by their quintile
-- scores (thresholds from QuintileScores) (a), ratios and contact facts (t), early warning (r), stage (outer). For
-- the customers in (:fromId, :toId]: the statement runs in two halves side by side, one per core.
INSERT INTO customer_feature (run_date, customer_id, stage, registered_days, orders_total, first_order_at,
    last_order_at, recency_days, frequency, monetary, r_score, f_score, m_score, rfm_segment, orders_90d,
    orders_prev_90d, aov_90d, aov_prev_90d, inquiries_90d, inquiries_prev_90d, frequency_trend, aov_trend,
    inquiry_trend, early_warning, complaints_90d, unresolved_tickets, last_nps, nps_detractor, coupon_orders,
    coupon_share, average_order_value, days_since_last_contact, answered_last_recall, ignored_recalls, language,
    preferred_channel, reachable_channels, city, p_alive, expected_purchases_90d, expected_order_value, clv_12m)
SELECT :runDate, r.id,
       CASE WHEN r.orders_total = 0 THEN 'POTENTIAL'
            WHEN r.recency_days > :churnDays THEN 'CHURNED'
            WHEN r.orders_total <= :newCustomerMaxOrders THEN 'NEW'
            WHEN r.early_warning = 1 AND r.orders_prev_90d >= :atRiskMinPreviousOrders THEN 'AT_RISK'
            WHEN r.orders_90d >= :loyalOrdersPerWindow OR (:championsAreLoyal = 1 AND r.rfm_segment = 'CHAMPIONS') THEN 'LOYAL'
            ELSE 'ACTIVE' END,
       r.registered_days, r.orders_total, r.first_order_at, r.last_order_at, r.recency_days, r.frequency,
       r.monetary, r.r_score, r.f_score, r.m_score, r.rfm_segment, r.orders_90d, r.orders_prev_90d, r.aov_90d,
       r.aov_prev_90d, r.inquiries_90d, r.inquiries_prev_90d, r.frequency_trend, r.aov_trend, r.inquiry_trend,
       r.early_warning, r.complaints_90d, r.unresolved_tickets, r.last_nps,
       CASE WHEN r.last_nps <= 6 THEN 1 ELSE 0 END, r.coupon_orders, r.coupon_share, r.average_order_value,
       r.days_since_last_contact, r.answered_last_recall, r.ignored_recalls, r.language,
       CASE WHEN r.answered_channel IS NOT NULL AND LOCATE(r.answered_channel, r.reachable_channels) > 0
            THEN r.answered_channel ELSE r.first_channel END,
       r.reachable_channels, r.city, r.p_alive, r.expected_purchases_90d, r.expected_order_value,
       r.expected_purchases_12m * r.expected_order_value
FROM (
    SELECT t.*,
           CASE WHEN t.frequency_trend <= :frequencyDropRatio
                     AND (t.aov_trend <= :aovDropRatio OR t.inquiry_trend <= :inquiryDropRatio)
                THEN 1 ELSE 0 END AS early_warning
    FROM (
        SELECT a.*,
               1.0 * a.orders_90d / NULLIF(a.orders_prev_90d, 0) AS frequency_trend,
               a.aov_90d / NULLIF(a.aov_prev_90d, 0) AS aov_trend,
               1.0 * a.inquiries_90d / NULLIF(a.inquiries_prev_90d, 0) AS inquiry_trend,
               COALESCE(1.0 * a.coupon_orders / NULLIF(a.frequency, 0), 0) AS coupon_share,
               TIMESTAMPDIFF(DAY, CAST(COALESCE(a.last_contact_at, a.registered_at) AS DATE), :runDate) AS days_since_last_contact,
               -- Counted only for customers with a recall, so the subquery runs for a few, not for all.
               CASE WHEN a.last_recall_at IS NULL THEN 0
                    ELSE (SELECT COUNT(*) FROM contact_log l WHERE l.customer_id = a.id AND l.recall = TRUE
                             AND l.sent_at < :answerDeadline
                             AND (l.answered_at IS NULL OR l.answered_at >= :t0)
                             AND l.sent_at > COALESCE(a.last_answered_recall_at, :epoch)) END AS ignored_recalls,
               CASE WHEN a.last_answered_recall_at IS NOT NULL
                         AND a.last_answered_recall_at = a.last_recall_at THEN 1 ELSE 0 END AS answered_last_recall
        FROM (
            SELECT c.id, c.language, c.city, c.registered_at,
                   TIMESTAMPDIFF(DAY, CAST(c.registered_at AS DATE), :runDate) AS registered_days,
                   COALESCE(o.orders_total, 0) AS orders_total, o.first_order_at, o.last_order_at,
                   o.recency_days,
                   COALESCE(o.frequency, 0) AS frequency, COALESCE(o.monetary, 0) AS monetary,
                   COALESCE(o.orders_90d, 0) AS orders_90d, COALESCE(o.orders_prev_90d, 0) AS orders_prev_90d,
                   o.aov_90d, o.aov_prev_90d, o.average_order_value, COALESCE(o.coupon_orders, 0) AS coupon_orders,
                   g.r_score, g.f_score, g.m_score, g.rfm_segment,
                   e.p_alive, e.expected_purchases_90d, e.expected_purchases_12m,
                   -- Gamma-Gamma: E[Z | x, zbar] = (p gamma + p x zbar) / (p x + q - 1) (Fader, Hardie & Lee
                   -- 2005, eq. 5). Parameters cast to DOUBLE: H2 would do the arithmetic in slow DECFLOAT.
                   CASE WHEN o.customer_id IS NULL THEN NULL
                        ELSE (CAST(:pGamma AS DOUBLE) + CAST(:p AS DOUBLE) * (o.orders_total - 1)
                                 * COALESCE(o.average_order_value, 0))
                             / (CAST(:p AS DOUBLE) * (o.orders_total - 1) + CAST(:qMinusOne AS DOUBLE)) END
                       AS expected_order_value,
                   COALESCE(i.inquiries_90d, 0) AS inquiries_90d, COALESCE(i.inquiries_prev_90d, 0) AS inquiries_prev_90d,
                   COALESCE(i.complaints_90d, 0) AS complaints_90d, COALESCE(i.unresolved_tickets, 0) AS unresolved_tickets,
                   SUBSTRING(i.last_nps_key, 20) + 0 AS last_nps,
                   l.last_contact_at, l.last_recall_at, l.last_answered_recall_at,
                   CASE WHEN l.customer_id IS NULL
                             OR l.answered_sms + l.answered_email + l.answered_wechat + l.answered_push = 0 THEN NULL
                        WHEN l.answered_wechat >= GREATEST(l.answered_sms, l.answered_email, l.answered_push) THEN 'WECHAT'
                        WHEN l.answered_sms >= GREATEST(l.answered_email, l.answered_push) THEN 'SMS'
                        WHEN l.answered_email >= l.answered_push THEN 'EMAIL'
                        ELSE 'PUSH' END AS answered_channel,
                   CASE WHEN c.consent_wechat AND c.wechat_openid IS NOT NULL THEN 'WECHAT'
                        WHEN c.consent_sms AND c.phone IS NOT NULL THEN 'SMS'
                        WHEN c.consent_email AND c.email IS NOT NULL THEN 'EMAIL'
                        WHEN c.consent_push AND c.push_token IS NOT NULL THEN 'PUSH'
                        ELSE 'SMS' END AS first_channel,
                   CASE WHEN c.do_not_contact THEN ''
                        ELSE CONCAT_WS(',',
                            CASE WHEN c.consent_sms AND c.phone IS NOT NULL THEN 'SMS' END,
                            CASE WHEN c.consent_email AND c.email IS NOT NULL THEN 'EMAIL' END,
                            CASE WHEN c.consent_wechat AND c.wechat_openid IS NOT NULL THEN 'WECHAT' END,
                            CASE WHEN c.consent_push AND c.push_token IS NOT NULL THEN 'PUSH' END) END AS reachable_channels
            FROM customer c
            LEFT JOIN stats_orders o ON o.run_date = :runDate AND o.customer_id = c.id
            LEFT JOIN stats_interactions i ON i.run_date = :runDate AND i.customer_id = c.id
            LEFT JOIN stats_contacts l ON l.run_date = :runDate AND l.customer_id = c.id
            LEFT JOIN stats_values e ON e.repeat_purchases = o.orders_total - 1
                AND e.last_purchase_day = o.last_purchase_day AND e.age_days = o.age_days
            -- The scores, each computed once as the key of the grid row that names their segment.
            LEFT JOIN stats_segments g ON
                g.r_score = CASE WHEN o.customer_id IS NULL THEN 0 WHEN o.recency_days <= :recency5 THEN 5
                                 WHEN o.recency_days <= :recency4 THEN 4 WHEN o.recency_days <= :recency3 THEN 3
                                 WHEN o.recency_days <= :recency2 THEN 2 ELSE 1 END
                AND g.f_score = CASE WHEN o.customer_id IS NULL THEN 0 WHEN o.frequency >= :frequency5 THEN 5
                                     WHEN o.frequency >= :frequency4 THEN 4 WHEN o.frequency >= :frequency3 THEN 3
                                     WHEN o.frequency >= :frequency2 THEN 2 ELSE 1 END
                AND g.m_score = CASE WHEN o.customer_id IS NULL THEN 0 WHEN o.monetary >= :monetary5 THEN 5
                                     WHEN o.monetary >= :monetary4 THEN 4 WHEN o.monetary >= :monetary3 THEN 3
                                     WHEN o.monetary >= :monetary2 THEN 2 ELSE 1 END
            WHERE c.registered_at < :t0 AND c.id > :fromId AND c.id <= :toId
              AND NOT EXISTS (SELECT 1 FROM skip_log k WHERE k.run_date = :runDate AND k.source = 'customer'
                                 AND k.row_id = c.id)
        ) a
    ) t
) r
