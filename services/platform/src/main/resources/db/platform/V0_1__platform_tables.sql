-- Platform tables every service carries (outbox, inbox, idempotency keys).
-- Versions V0_x are reserved for the platform; services number their own migrations V1, V2, ...

-- Transactional outbox: written in the business transaction, published in seq order by the relay.
CREATE TABLE outbox_event (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           UUID        NOT NULL UNIQUE,          -- the CloudEvents id
    congress_id  TEXT        NOT NULL,
    topic        TEXT        NOT NULL,
    event_key    TEXT        NOT NULL,                 -- aggregate id: Kafka key, keeps per-aggregate order
    event_type   TEXT        NOT NULL,
    envelope     JSONB       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);
-- The relay's scan: only what is still to publish, in order.
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

-- Idempotent inbox: one row per consumed event, written in the same transaction as its effect.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key records for creating POSTs: a retry gets the first response back.
CREATE TABLE idempotency_record (
    principal       TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    congress_id     TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    status          INT         NOT NULL,
    location        TEXT,
    etag            TEXT,
    body            TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, idempotency_key)
);
