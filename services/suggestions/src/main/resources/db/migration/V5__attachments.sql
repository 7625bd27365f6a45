-- Attachments (附件) of items and of replies: PDF and images, their type checked by content. Kept in
-- the database with the item (one transaction, one backup) and only ever served after the item's
-- access check. The bytes live in a table of their own so that listing never reads them.
CREATE TABLE attachment (
    id            UUID PRIMARY KEY,
    congress_id   TEXT        NOT NULL,
    suggestion_id UUID        NOT NULL REFERENCES suggestion (id),
    reply_id      UUID REFERENCES reply (id),
    file_name     TEXT        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    media_type    TEXT        NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes    INT         NOT NULL CHECK (size_bytes > 0),
    sha256        TEXT        NOT NULL,
    uploaded_by   TEXT        NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX attachment_by_suggestion ON attachment (congress_id, suggestion_id, uploaded_at);
CREATE INDEX attachment_suggestion ON attachment (suggestion_id);
CREATE INDEX attachment_reply ON attachment (reply_id) WHERE reply_id IS NOT NULL;

CREATE TABLE attachment_content (
    attachment_id UUID PRIMARY KEY REFERENCES attachment (id),
    content       BYTEA NOT NULL
);
