-- Webhooks: departments' own systems subscribe to the events that concern their department and
-- receive them signed (Standard Webhooks), at least once, from a queue of deliveries.

-- A department's subscription. The signing secret is stored encrypted (AES-GCM with the service's
-- key) and never answered after the 201 that created it.
CREATE TABLE webhook_subscription (
    id                    UUID        PRIMARY KEY,
    congress_id           TEXT        NOT NULL,
    department_id         TEXT        NOT NULL,
    url                   TEXT        NOT NULL,
    event_types           TEXT[]      NOT NULL,
    secret_encrypted      TEXT        NOT NULL,
    created_by            TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    -- dispatch rounds in a row in which the endpoint took none of its deliveries
    consecutive_failures  INT         NOT NULL DEFAULT 0,
    disabled_at           TIMESTAMPTZ,
    disabled_reason       TEXT
);
CREATE INDEX webhook_subscription_department ON webhook_subscription (congress_id, department_id);

-- The webhooks' own copy of which departments handle an item: events such as SuggestionEvaluated
-- name no department. Fed by the webhooks' channel alone, independent of the core's item copy.
CREATE TABLE webhook_item_departments (
    suggestion_id         TEXT        PRIMARY KEY,
    congress_id           TEXT        NOT NULL,
    registration_number   TEXT,
    lead_department_id    TEXT,
    co_handler_department_ids TEXT[]  NOT NULL DEFAULT '{}',
    updated_at            TIMESTAMPTZ NOT NULL
);

-- One delivery per (event, subscription). id is the webhook-id the receiver sees on every attempt;
-- payload is the exact body, signed anew (with a new timestamp) on each attempt.
CREATE TABLE webhook_delivery (
    seq              BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id               UUID        NOT NULL UNIQUE,
    congress_id      TEXT        NOT NULL,
    subscription_id  UUID        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         TEXT        NOT NULL,
    event_type       TEXT        NOT NULL,
    payload          TEXT        NOT NULL,
    status           TEXT        NOT NULL,                 -- PENDING, DELIVERED, FAILED
    attempts         INT         NOT NULL DEFAULT 0,
    -- when it is due; while an attempt is in flight, the end of the sender's lease on it
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    give_up_at       TIMESTAMPTZ NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    delivered_at     TIMESTAMPTZ,
    last_status_code INT,
    CONSTRAINT webhook_delivery_once UNIQUE (event_id, subscription_id)
);
-- The dispatcher's claim: due pending deliveries, oldest first.
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
-- The delivery log of a subscription, newest first.
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, seq DESC);

-- Every attempt, with what the receiver answered (or why nothing was sent) and how long it took.
CREATE TABLE webhook_attempt (
    delivery_seq  BIGINT      NOT NULL REFERENCES webhook_delivery (seq) ON DELETE CASCADE,
    attempt       INT         NOT NULL,
    congress_id   TEXT        NOT NULL,
    started_at    TIMESTAMPTZ NOT NULL,
    duration_ms   INT         NOT NULL,
    status_code   INT,
    error         TEXT,
    PRIMARY KEY (delivery_seq, attempt)
);
