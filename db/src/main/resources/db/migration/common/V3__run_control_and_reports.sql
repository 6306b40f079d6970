-- What the nightly run needs to run unattended: a lock per run date (held by a row lock for the run's whole
-- duration, so it disappears with the process that held it, even after kill -9), the log of skipped bad rows,
-- and a stored report per run.

CREATE TABLE run_lock (
    run_date        DATE          NOT NULL,
    PRIMARY KEY (run_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Who took a date's lock last, written outside the lock's own transaction so that a refused launch can say who
-- holds it.
CREATE TABLE run_lock_holder (
    run_date        DATE          NOT NULL,
    owner           VARCHAR(200)  NOT NULL,
    locked_at       DATETIME      NOT NULL,
    PRIMARY KEY (run_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Rows the run could not use, with the reason, per run date. source is the table (orders, interaction,
-- customer, site_visit, contact_log), row_id its primary key.
CREATE TABLE skip_log (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    run_date        DATE          NOT NULL,
    source          VARCHAR(20)   NOT NULL,
    row_id          BIGINT        NOT NULL,
    customer_id     BIGINT,
    reason          VARCHAR(200)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_skip_log_run ON skip_log (run_date, source, row_id);

-- One row per job execution of the nightly run, written when it ends, whatever the outcome.
CREATE TABLE run_report (
    execution_id         BIGINT        NOT NULL,
    run_date             DATE          NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    forced               BOOLEAN       NOT NULL DEFAULT FALSE,
    started_at           DATETIME      NOT NULL,
    ended_at             DATETIME,
    customers_evaluated  BIGINT        NOT NULL DEFAULT 0,
    actions              BIGINT        NOT NULL DEFAULT 0,
    messages_planned     BIGINT        NOT NULL DEFAULT 0,
    rows_skipped         BIGINT        NOT NULL DEFAULT 0,
    rule_book_version_id BIGINT,
    failure              VARCHAR(2000),
    PRIMARY KEY (execution_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_run_report_date ON run_report (run_date, execution_id);

-- The report's breakdowns as rows: section ACTION (name = action code, detail = channel / status), RULE (name =
-- rule, detail = status), REASON (why actions did not go ahead), SKIP (name = source, detail = reason) and STEP
-- (name = step, count = milliseconds).
CREATE TABLE run_report_count (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    execution_id    BIGINT        NOT NULL,
    section         VARCHAR(10)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    detail          VARCHAR(500)  NOT NULL,
    count           BIGINT        NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_run_report_count ON run_report_count (execution_id, section);

-- Per-customer aggregates of each source table for one run date, computed in one ordered pass over the table's
-- customer index and joined back by primary key. Filled and emptied by the features step: a million customers'
-- facts then need a handful of simple statements whose plans MySQL, MariaDB and H2 all get right, instead of one
-- statement with a correlated subquery per fact (about 10 µs each, a million times over).
CREATE TABLE stats_orders (
    run_date             DATE          NOT NULL,
    customer_id          BIGINT        NOT NULL,
    orders_total         INT           NOT NULL,
    first_order_at       DATETIME      NOT NULL,
    last_order_at        DATETIME      NOT NULL,
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

-- "Did the customer ever buy in this category?" for each recent visit of a customer at risk.
CREATE INDEX ix_orders_category ON orders (customer_id, category, status, placed_at);
