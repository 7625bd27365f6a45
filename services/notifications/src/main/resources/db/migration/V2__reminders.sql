-- Reminders: deadlines the service learned from events, each reminder a row that a scheduled job
-- fires once. The table is the schedule: it survives restarts, and instances share it (the job
-- claims due rows with FOR UPDATE SKIP LOCKED, so each fires on one instance only).
CREATE TABLE reminder (
    id                   UUID        PRIMARY KEY,
    congress_id          TEXT        NOT NULL,
    item_id              TEXT        NOT NULL,
    kind                 TEXT        NOT NULL,        -- DEADLINE_IN_7_DAYS, DEADLINE_OVERDUE, ...
    due_on               DATE        NOT NULL,        -- the deadline the reminder speaks of
    fire_at              TIMESTAMPTZ NOT NULL,
    state                TEXT        NOT NULL,
    registration_number  TEXT,
    created_at           TIMESTAMPTZ NOT NULL,
    fired_at             TIMESTAMPTZ,
    cancelled_at         TIMESTAMPTZ,
    CONSTRAINT reminder_state CHECK (state IN ('SCHEDULED', 'FIRED', 'CANCELLED')),
    -- one reminder of a kind per deadline: a redelivered or repeated event finds it
    CONSTRAINT reminder_once UNIQUE (item_id, kind, due_on)
);
-- The job's claim: the scheduled rows by time.
CREATE INDEX reminder_due ON reminder (fire_at) WHERE state = 'SCHEDULED';
CREATE INDEX reminder_congress ON reminder (congress_id);
