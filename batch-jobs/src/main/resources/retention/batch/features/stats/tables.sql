-- The per-customer aggregates of one run date, created for the run under the date's own names (stats_orders_20261123
-- and so on, see StatsTables) and dropped after it. The run_date column stays so the statements read as before.

CREATE TABLE stats_orders (
    run_date             DATE          NOT NULL,
    customer_id          BIGINT        NOT NULL,
    orders_total         INT           NOT NULL,
    first_order_at       DATETIME      NOT NULL,
    last_order_at        DATETIME      NOT NULL,
    recency_days         INT           NOT NULL,
    last_purchase_day    INT           NOT NULL,
    age_days             INT           NOT NULL,
    frequency            INT           NOT NULL,
    monetary             DECIMAL(14,2) NOT NULL,
    orders_90d           INT           NOT NULL,
    orders_prev_90d      INT           NOT NULL,
    aov_90d              DECIMAL(12,2),
    aov_prev_90d         DECIMAL(12,2),
    average_order_value  DECIMAL(12,2),
    coupon_orders        INT           NOT NULL,
    PRIMARY KEY (run_date, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE stats_interactions (
    run_date             DATE          NOT NULL,
    customer_id          BIGINT        NOT NULL,
    inquiries_90d        INT           NOT NULL,
    inquiries_prev_90d   INT           NOT NULL,
    complaints_90d       INT           NOT NULL,
    unresolved_tickets   INT           NOT NULL,
    last_nps_key         VARCHAR(24),
    service_complaints   INT           NOT NULL,
    late_ticket_id       BIGINT,
    price_id             BIGINT,
    no_longer_need_id    BIGINT,
    competitor_id        BIGINT,
    security_id          BIGINT,
    language_id          BIGINT,
    PRIMARY KEY (run_date, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE stats_contacts (
    run_date                 DATE     NOT NULL,
    customer_id              BIGINT   NOT NULL,
    last_contact_at          DATETIME NOT NULL,
    last_recall_at           DATETIME,
    last_answered_recall_at  DATETIME,
    answered_sms             INT      NOT NULL,
    answered_email           INT      NOT NULL,
    answered_wechat          INT      NOT NULL,
    answered_push            INT      NOT NULL,
    recent_messages          INT      NOT NULL,
    recent_engaged           INT      NOT NULL,
    PRIMARY KEY (run_date, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE stats_visits (
    run_date             DATE          NOT NULL,
    customer_id          BIGINT        NOT NULL,
    visits_90d           INT           NOT NULL,
    failed_checkouts     INT           NOT NULL,
    slow_visits          INT           NOT NULL,
    max_checkout_steps   INT           NOT NULL,
    PRIMARY KEY (run_date, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The purchase model's estimates for each distinct purchase history of the date's buyers (repeat purchases, day of the
-- last purchase, age in days: 318,379 histories for a million customers), which the facts statement looks up for
-- each buyer. In customer order those lookups land anywhere in the table: in an InnoDB B-tree they cost a third of
-- the facts statement (3.3-4.0 s of 10-14 s per half), in a MEMORY table's hash key next to nothing. The table is
-- scratch like the others (a restart of the server empties it, the step creates it anew), and StatsTables raises
-- the MEMORY limit for it, or makes it InnoDB where the server writes a binary log (a replica would create it with
-- its own limit) or retention.features.memory-tables is false. H2 ignores the engine. No semicolon in these
-- comments: the file is split on them.
CREATE TABLE stats_values (
    repeat_purchases        INT     NOT NULL,
    last_purchase_day       INT     NOT NULL,
    age_days                INT     NOT NULL,
    p_alive                 DOUBLE  NOT NULL,
    expected_purchases_90d  DOUBLE  NOT NULL,
    expected_purchases_12m  DOUBLE  NOT NULL,
    PRIMARY KEY (repeat_purchases, last_purchase_day, age_days)
) ENGINE=MEMORY;

-- Every combination of the three quintile scores (0 for a customer without an order) with its named segment, from
-- RfmSegment.of: the facts statement looks the segment up by the scores instead of repeating each score's CASE in
-- every test of a segment CASE.
CREATE TABLE stats_segments (
    r_score      INT          NOT NULL,
    f_score      INT          NOT NULL,
    m_score      INT          NOT NULL,
    rfm_segment  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (r_score, f_score, m_score)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
