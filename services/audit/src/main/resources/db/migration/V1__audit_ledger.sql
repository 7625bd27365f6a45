-- The audit ledger: every event of every congress.*.v1 topic, once, in order, chained by hash.
-- Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for every role, the owner included.
-- The canonical form hashed into the chain is documented in docs/notes/audit.md.

CREATE TABLE audit_entry (
    seq             BIGINT      PRIMARY KEY,              -- gapless, from ledger_head
    event_id        TEXT        NOT NULL,                 -- CloudEvents id (or kafka:<topic>:<partition>:<offset>)
    congress_id     TEXT        NOT NULL,                 -- envelope congressid, '-' when absent
    event_type      TEXT        NOT NULL,                 -- envelope type, 'unparseable' when not an envelope
    source          TEXT,
    subject         TEXT,                                 -- the aggregate id
    actor_id        TEXT,
    event_time      TIMESTAMPTZ,
    topic           TEXT        NOT NULL,
    kafka_partition INT         NOT NULL,
    kafka_offset    BIGINT      NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('EVENT', 'UNPARSEABLE')),
    raw             TEXT        NOT NULL,                 -- the record value exactly as received
    -- The envelope's data, for queries; derived from raw, so it cannot be changed on its own.
    payload         JSONB GENERATED ALWAYS AS (
                        CASE WHEN status = 'EVENT' THEN (raw::jsonb -> 'data') END) STORED,
    hash            TEXT        NOT NULL                  -- hex SHA-256(previous hash || canonical entry)
);
CREATE UNIQUE INDEX audit_entry_event_id ON audit_entry (event_id);
CREATE INDEX audit_entry_congress_seq ON audit_entry (congress_id, seq);
CREATE INDEX audit_entry_congress_type ON audit_entry (congress_id, event_type, seq);
CREATE INDEX audit_entry_congress_subject ON audit_entry (congress_id, subject, seq);
CREATE INDEX audit_entry_congress_actor ON audit_entry (congress_id, actor_id, seq);
CREATE INDEX audit_entry_congress_source ON audit_entry (congress_id, source, seq);
CREATE INDEX audit_entry_congress_time ON audit_entry (congress_id, event_time);

-- The head of the chain: one row, locked FOR UPDATE by every append, so appends are serialized
-- and sequence numbers have no gaps.
CREATE TABLE ledger_head (
    id   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    seq  BIGINT  NOT NULL,
    hash TEXT    NOT NULL
);
INSERT INTO ledger_head (id, seq, hash)
VALUES (TRUE, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Checkpoints: the chain's hash at a sequence number, every N entries and on an interval, signed
-- (HMAC-SHA256 with a key kept outside the database). Verification of a range starts from the
-- nearest checkpoint instead of the genesis.
CREATE TABLE ledger_checkpoint (
    seq        BIGINT      PRIMARY KEY,
    hash       TEXT        NOT NULL,
    signature  TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit ledger is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER ledger_checkpoint_append_only BEFORE UPDATE OR DELETE ON ledger_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER ledger_checkpoint_no_truncate BEFORE TRUNCATE ON ledger_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
