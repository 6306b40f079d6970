-- Dispatch: what happened to each planned message and why, the delivery attempts, callback tasks for the
-- service team, a do-not-contact list of addresses, and a record of each dispatch run. MySQL dialect within what
-- MySQL 8, MariaDB 10.11+ and H2 in MySQL mode share.

-- The rule's priority decides which of a customer's messages waits when a frequency cap is reached;
-- status_reason says why a row has its status (suppressed, postponed, expired, failed), in words.
ALTER TABLE outbox ADD COLUMN priority INT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN status_reason VARCHAR(500);

-- The contact policy counts a customer's messages already planned when it looks for a free slot.
CREATE INDEX ix_outbox_customer ON outbox (customer_id, send_at);

-- Every decision about a message after planning: sent, retried, failed, expired, suppressed or postponed.
CREATE TABLE delivery_attempt (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    outbox_id       BIGINT       NOT NULL,
    attempt         INT          NOT NULL,
    occurred_at     DATETIME     NOT NULL,
    outcome         VARCHAR(12)  NOT NULL,
    channel         VARCHAR(10)  NOT NULL,
    detail          VARCHAR(500),
    instance        VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_delivery_attempt_outbox ON delivery_attempt (outbox_id, id);

-- The PHONE channel: a task for the service team to call the customer back, with a brief in their language.
-- The team works from this table (status OPEN → DONE); one task per outbox row, however often it is retried.
CREATE TABLE callback_task (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    outbox_id       BIGINT        NOT NULL,
    customer_id     BIGINT        NOT NULL,
    customer_name   VARCHAR(100)  NOT NULL,
    phone           VARCHAR(40)   NOT NULL,
    language        VARCHAR(10)   NOT NULL,
    template        VARCHAR(60)   NOT NULL,
    subject         VARCHAR(200),
    brief           VARCHAR(2000) NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    created_at      DATETIME      NOT NULL,
    done_at         DATETIME,
    note            VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uq_callback_task_outbox UNIQUE (outbox_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_callback_task_status ON callback_task (status, created_at);

-- Addresses never to be contacted, whoever they belong to: unsubscribes reported by a provider, numbers on a
-- regulator's list, complaints. Stored normalised: e-mail in lower case, phone numbers as + and digits.
CREATE TABLE do_not_contact_list (
    address         VARCHAR(200) NOT NULL,
    reason          VARCHAR(200) NOT NULL,
    added_at        DATETIME     NOT NULL,
    PRIMARY KEY (address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per dispatch run (a Quartz send slot firing, or ./retention dispatch) with what it did.
CREATE TABLE dispatch_run (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    trigger_name    VARCHAR(100) NOT NULL,
    instance        VARCHAR(100) NOT NULL,
    started_at      DATETIME     NOT NULL,
    finished_at     DATETIME,
    sent            INT          NOT NULL DEFAULT 0,
    retried         INT          NOT NULL DEFAULT 0,
    failed          INT          NOT NULL DEFAULT 0,
    expired         INT          NOT NULL DEFAULT 0,
    suppressed      INT          NOT NULL DEFAULT 0,
    postponed       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
