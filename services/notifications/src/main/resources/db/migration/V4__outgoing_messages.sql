-- Outgoing e-mails and text messages, and each person's preferences for them.

-- One row per (source, person, channel), written in the transaction that tells the person, so a
-- redelivered event or a restarted service finds its row and sends nothing twice. The row holds the
-- message exactly as it goes out (rendered subject and body): a resend after a crash is the same
-- message, with the same Message-ID (derived from id).
CREATE TABLE outgoing_message (
    id           UUID        PRIMARY KEY,
    congress_id  TEXT        NOT NULL,
    source_id    TEXT        NOT NULL,                 -- the announcement's, or digest:<day>:<uuid>
    recipient    TEXT        NOT NULL,                 -- the person's Keycloak user id
    channel      TEXT        NOT NULL,                 -- EMAIL, SMS
    kind         TEXT        NOT NULL,
    item_id      TEXT,
    address      TEXT,                                 -- e-mail address; a phone number once looked up
    subject      TEXT        NOT NULL,
    body         TEXT        NOT NULL,
    link         TEXT,
    -- PENDING: to send at not_before; DIGEST: waits for the person's daily digest; DIGESTED: went
    -- out in the digest digest_id; SENT; FAILED: gave up after the configured attempts; SKIPPED:
    -- nowhere to send it (no address, no phone number)
    state        TEXT        NOT NULL,
    not_before   TIMESTAMPTZ NOT NULL,                 -- quiet hours' end, or the next retry
    attempts     INTEGER     NOT NULL DEFAULT 0,
    last_error   TEXT,
    digest_id    UUID,
    created_at   TIMESTAMPTZ NOT NULL,
    sent_at      TIMESTAMPTZ,
    CONSTRAINT outgoing_message_once UNIQUE (source_id, recipient, channel)
);
-- The dispatcher's claim: what is due, oldest first.
CREATE INDEX outgoing_message_due ON outgoing_message (not_before) WHERE state = 'PENDING';
-- The digest job's collection.
CREATE INDEX outgoing_message_digest ON outgoing_message (recipient, created_at) WHERE state = 'DIGEST';

-- What the recording text-message adapter was asked to send (it sends nothing): the proof in
-- development and tests, and the record an operator reads until a provider is configured.
CREATE TABLE recorded_sms (
    id                   UUID        PRIMARY KEY,
    congress_id          TEXT        NOT NULL,
    outgoing_message_id  UUID        NOT NULL UNIQUE,
    phone                TEXT        NOT NULL,
    text                 TEXT        NOT NULL,
    recorded_at          TIMESTAMPTZ NOT NULL
);

-- A person's choices; absent = the configured defaults. INBOX is always on and not stored.
CREATE TABLE notification_preference (
    recipient         TEXT        NOT NULL,
    congress_id       TEXT        NOT NULL,
    default_channels  JSONB       NOT NULL,            -- ["EMAIL","SMS"]: for kinds not listed
    kind_channels     JSONB       NOT NULL,            -- {"SUGGESTION_ASSIGNED":["EMAIL"]}
    daily_digest      BOOLEAN     NOT NULL,
    quiet_from        TIME,                            -- local time (platform zone), both or none
    quiet_until       TIME,
    version           BIGINT      NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (recipient, congress_id)
);
