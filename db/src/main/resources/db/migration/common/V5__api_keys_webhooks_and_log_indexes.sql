-- The integrators' API: its keys, its webhook subscriptions and their deliveries, and the indexes its reads need.

-- API keys are stored as the SHA-256 of a 256-bit random key: the key itself is shown once and never stored.
-- role is VIEWER, EDITOR, OPERATOR or ADMIN; pii lets the key read phone numbers, emails and WeChat ids unmasked.
CREATE TABLE api_key (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    name            VARCHAR(100) NOT NULL,
    key_hash        CHAR(64)     NOT NULL,
    key_prefix      VARCHAR(12)  NOT NULL,
    role            VARCHAR(10)  NOT NULL,
    pii             BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      DATETIME     NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    revoked_at      DATETIME,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An integrator's URL that receives action and delivery events, signed with the subscription's secret. The
-- cursors are the last action id and outbox id already put into a delivery, so each event is sent once.
CREATE TABLE webhook_subscription (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    url             VARCHAR(500) NOT NULL,
    events          VARCHAR(100) NOT NULL,
    secret          VARCHAR(100) NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    action_cursor   BIGINT       NOT NULL DEFAULT 0,
    delivery_cursor BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME     NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One signed POST of a batch of events to a subscription, with its retries: the log integrators can ask for.
CREATE TABLE webhook_delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    subscription_id BIGINT        NOT NULL,
    event_type      VARCHAR(20)   NOT NULL,
    first_event_id  BIGINT        NOT NULL,
    last_event_id   BIGINT        NOT NULL,
    event_count     INT           NOT NULL,
    payload         MEDIUMTEXT    NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME      NOT NULL,
    last_status     INT,
    last_error      VARCHAR(500),
    created_at      DATETIME      NOT NULL,
    delivered_at    DATETIME,
    PRIMARY KEY (id),
    CONSTRAINT uq_webhook_delivery_batch UNIQUE (subscription_id, event_type, first_event_id),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);

-- The action list pages newest first by (run_date, id), alone or with one selective filter; each index below
-- serves one access path without a sort (checked with EXPLAIN on 10 million rows, docs/benchmarks.md).
-- Filtering by customer uses ix_retention_action_customer (customer_id, run_date), which InnoDB suffixes with id.
CREATE INDEX ix_retention_action_date ON retention_action (run_date, id);
CREATE INDEX ix_retention_action_code ON retention_action (action_code, run_date, id);
CREATE INDEX ix_retention_action_rule ON retention_action (rule_name, run_date, id);
CREATE INDEX ix_retention_action_status ON retention_action (status, run_date, id);

-- Deliveries are listed and exported by run date.
CREATE INDEX ix_outbox_run_date ON outbox (run_date, id);
