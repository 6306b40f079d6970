-- Measurement: what became of each action that went ahead (TREATED) or was held out as a control (CONTROL, status
-- HELD_OUT in retention_action): the customer's first paid order in the attribution window after the run date, with
-- its revenue and the days it took. Written by the attribution job with one INSERT ... SELECT per night, upserted,
-- so a second attribution of the same night leaves every row as it was.

CREATE TABLE action_outcome (
    action_id        BIGINT        NOT NULL,
    run_date         DATE          NOT NULL,
    customer_id      BIGINT        NOT NULL,
    rule_name        VARCHAR(200)  NOT NULL,
    action_code      VARCHAR(40)   NOT NULL,
    arm              VARCHAR(8)    NOT NULL,
    window_start     DATETIME      NOT NULL,
    window_end       DATETIME      NOT NULL,
    counted_until    DATETIME      NOT NULL,
    window_closed    BOOLEAN       NOT NULL,
    sent_at          DATETIME,
    order_id         BIGINT,
    ordered_at       DATETIME,
    revenue          DECIMAL(12,2) NOT NULL DEFAULT 0,
    days_to_convert  INT,
    PRIMARY KEY (action_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Uplift reads a period's closed windows by rule and arm.
CREATE INDEX ix_action_outcome_rule ON action_outcome (run_date, rule_name, arm, window_closed);


-- Uplift counts a rule's first choice of each customer in a period: "no earlier outcome of this customer and rule".
CREATE INDEX ix_action_outcome_customer ON action_outcome (customer_id, rule_name, run_date);
