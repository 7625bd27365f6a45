-- Suggestions context. Every row belongs to one congress; indexes lead with congress_id.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Local copy of the deputies, fed by congress.deputies.v1 (who may submit and co-sign; names).
CREATE TABLE deputy_copy (
    id              UUID PRIMARY KEY,
    congress_id     TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    delegation_id   TEXT,
    delegation_name TEXT,
    status          TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX deputy_copy_by_congress ON deputy_copy (congress_id, id);
CREATE INDEX deputy_copy_by_delegation ON deputy_copy (congress_id, delegation_id);

CREATE TABLE suggestion (
    id                  UUID PRIMARY KEY,
    congress_id         TEXT        NOT NULL,
    kind                TEXT        NOT NULL CHECK (kind IN ('SUGGESTION', 'MOTION')),
    title               TEXT        NOT NULL,
    content             TEXT        NOT NULL,
    category            TEXT        NOT NULL,
    lead_deputy_id      UUID        NOT NULL,
    term                INT         NOT NULL,
    session             INT         NOT NULL,
    state               TEXT        NOT NULL,
    registration_number TEXT,
    return_reason       TEXT,
    merged_into_id      UUID REFERENCES suggestion (id),
    converted_from_id   UUID REFERENCES suggestion (id),
    converted_to_id     UUID REFERENCES suggestion (id),
    lead_department_id  TEXT,
    assigned_on         DATE,
    due_on              DATE,
    replied_on          DATE,
    evaluation_due_on   DATE,
    rehandling_rounds   INT         NOT NULL DEFAULT 0,
    final_evaluation    TEXT,
    key_supervised      BOOLEAN     NOT NULL DEFAULT false,
    supervising_leader  TEXT,
    submitted_at        TIMESTAMPTZ,
    closed_at           TIMESTAMPTZ,
    version             BIGINT      NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    -- registration numbers are unique per congress (the counter makes them gapless)
    CONSTRAINT suggestion_number_unique UNIQUE (congress_id, registration_number)
);
CREATE INDEX suggestion_by_created ON suggestion (congress_id, created_at DESC, id DESC);
CREATE INDEX suggestion_by_lead ON suggestion (congress_id, lead_deputy_id);
CREATE INDEX suggestion_by_state ON suggestion (congress_id, state, due_on);
-- Chinese substring search over title and content (pg_trgm; the cluster runs C.UTF-8).
CREATE INDEX suggestion_title_trgm ON suggestion USING gin (title gin_trgm_ops);
CREATE INDEX suggestion_content_trgm ON suggestion USING gin (content gin_trgm_ops);

-- Gapless numbering per congress, term and session: the row is locked FOR UPDATE while numbering.
CREATE TABLE registration_counter (
    congress_id TEXT NOT NULL,
    term        INT  NOT NULL,
    session     INT  NOT NULL,
    last_value  INT  NOT NULL DEFAULT 0,
    PRIMARY KEY (congress_id, term, session)
);

CREATE TABLE co_signer (
    id            UUID PRIMARY KEY,
    suggestion_id UUID        NOT NULL REFERENCES suggestion (id),
    deputy_id     UUID        NOT NULL,
    congress_id   TEXT        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('INVITED', 'ACCEPTED', 'DECLINED')),
    invited_at    TIMESTAMPTZ NOT NULL,
    responded_at  TIMESTAMPTZ,
    CONSTRAINT co_signer_unique UNIQUE (suggestion_id, deputy_id)
);
CREATE INDEX co_signer_by_deputy ON co_signer (congress_id, deputy_id);

-- One task per department per assignment round; the lead department replies.
CREATE TABLE handling_task (
    id               UUID PRIMARY KEY,
    congress_id      TEXT        NOT NULL,
    suggestion_id    UUID        NOT NULL REFERENCES suggestion (id),
    department_id    TEXT        NOT NULL,
    role             TEXT        NOT NULL CHECK (role IN ('LEAD', 'CO_HANDLER')),
    state            TEXT        NOT NULL CHECK (state IN ('ASSIGNED', 'SIGNED', 'SENT_BACK', 'WITHDRAWN', 'OPINION_GIVEN')),
    assigned_on      DATE        NOT NULL,
    send_back_until  DATE        NOT NULL,
    opinion_due_on   DATE,
    signed_at        TIMESTAMPTZ,
    send_back_reason TEXT,
    opinion          TEXT,
    opinion_at       TIMESTAMPTZ,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX handling_task_by_department ON handling_task (congress_id, department_id, suggestion_id);
CREATE INDEX handling_task_by_suggestion ON handling_task (suggestion_id);

CREATE TABLE contact (
    id            UUID PRIMARY KEY,
    congress_id   TEXT        NOT NULL,
    suggestion_id UUID        NOT NULL REFERENCES suggestion (id),
    department_id TEXT        NOT NULL,
    contacted_on  DATE        NOT NULL,
    way           TEXT        NOT NULL CHECK (way IN ('FACE_TO_FACE', 'PHONE', 'SITE_VISIT')),
    summary       TEXT        NOT NULL,
    recorded_by   TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX contact_by_suggestion ON contact (congress_id, suggestion_id, contacted_on);

CREATE TABLE reply (
    id            UUID PRIMARY KEY,
    congress_id   TEXT        NOT NULL,
    suggestion_id UUID        NOT NULL REFERENCES suggestion (id),
    department_id TEXT        NOT NULL,
    round         INT         NOT NULL,
    reply_class   TEXT        NOT NULL CHECK (reply_class IN ('A', 'B', 'C', 'D')),
    text          TEXT        NOT NULL,
    publishable   BOOLEAN     NOT NULL,
    promised_on   DATE,
    signed_by     TEXT        NOT NULL,
    replied_on    DATE        NOT NULL,
    on_time       BOOLEAN     NOT NULL,
    fulfilled_on  DATE,
    evaluation    TEXT,
    evaluation_comment TEXT,
    evaluated_at  TIMESTAMPTZ,
    version       BIGINT      NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT reply_round_unique UNIQUE (suggestion_id, round),
    CONSTRAINT reply_b_promises CHECK (reply_class <> 'B' OR promised_on IS NOT NULL)
);
CREATE INDEX reply_by_department ON reply (congress_id, department_id);

CREATE TABLE extension_request (
    id             UUID PRIMARY KEY,
    congress_id    TEXT        NOT NULL,
    suggestion_id  UUID        NOT NULL REFERENCES suggestion (id),
    department_id  TEXT        NOT NULL,
    requested_due  DATE        NOT NULL,
    reason         TEXT        NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by     TEXT,
    decided_at     TIMESTAMPTZ,
    version        BIGINT      NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX extension_request_by_suggestion ON extension_request (congress_id, suggestion_id);

-- Overdue notices: one per item, deadline and threshold, so the scheduler emits each once.
CREATE TABLE overdue_notice (
    suggestion_id UUID        NOT NULL REFERENCES suggestion (id),
    threshold     TEXT        NOT NULL CHECK (threshold IN ('DUE_SOON', 'OVERDUE')),
    due_on        DATE        NOT NULL,
    congress_id   TEXT        NOT NULL,
    detected_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (suggestion_id, threshold, due_on)
);
