-- The notifications core: what the service knows of the items it tells people about, and the
-- in-app inbox. Reminders (V2), webhooks (V3) and outgoing mail/SMS with preferences (V4) add theirs.

-- A copy of each item (suggestion, motion, voting round, supervision topic) as the events describe
-- it: the relationships the rule table names (lead deputy, co-signers, departments) live here.
CREATE TABLE item_copy (
    id                          TEXT        PRIMARY KEY,
    congress_id                 TEXT        NOT NULL,
    kind                        TEXT        NOT NULL,                 -- SUGGESTION, MOTION, ...
    title                       TEXT,
    registration_number         TEXT,
    lead_deputy_id              TEXT,
    co_signer_deputy_ids        TEXT[]      NOT NULL DEFAULT '{}',
    lead_department_id          TEXT,
    co_handling_department_ids  TEXT[]      NOT NULL DEFAULT '{}',
    due_on                      DATE,
    state                       TEXT,
    updated_at                  TIMESTAMPTZ NOT NULL
);
CREATE INDEX item_copy_congress ON item_copy (congress_id);

-- The in-app inbox: one entry per (source, person). seq is the order of arrival, the list's
-- tie-breaker and the id of the live stream's events (Last-Event-ID).
CREATE TABLE notification (
    seq          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           UUID        NOT NULL UNIQUE,
    congress_id  TEXT        NOT NULL,
    recipient    TEXT        NOT NULL,                 -- the person's Keycloak user id (token sub)
    source_id    TEXT        NOT NULL,                 -- event id, or reminder id + due date
    kind         TEXT        NOT NULL,
    item_id      TEXT,
    title        TEXT        NOT NULL,
    body         TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    read_at      TIMESTAMPTZ,
    -- exactly once as the person sees it: a redelivered event finds its entry
    CONSTRAINT notification_once UNIQUE (source_id, recipient)
);
-- The list: own entries, unread first, newest first.
CREATE INDEX notification_inbox ON notification (recipient, congress_id, (read_at IS NULL) DESC, seq DESC);
-- The unread badge.
CREATE INDEX notification_unread ON notification (recipient, congress_id) WHERE read_at IS NULL;
