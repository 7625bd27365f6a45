-- A topic planned by mistake can be withdrawn while still PLANNED: status CANCELLED with the
-- reason; it no longer counts in its plan. Additive: older versions never write CANCELLED.
ALTER TABLE supervision_topic DROP CONSTRAINT supervision_topic_status_check;
ALTER TABLE supervision_topic ADD CONSTRAINT supervision_topic_status_check
    CHECK (status IN ('PLANNED', 'RESEARCH', 'HEARING', 'DELIBERATED', 'RECTIFYING', 'EVALUATED',
                      'CLOSED', 'RE_REPORT', 'CANCELLED'));
ALTER TABLE supervision_topic ADD COLUMN cancel_reason TEXT;
ALTER TABLE supervision_topic ADD COLUMN cancelled_at TIMESTAMPTZ;

-- The members of the Standing Committee (常委会组成人员) per term: whom attendance may name as a
-- member and who may rate. member_id is the member's login subject (what the tokens carry).
CREATE TABLE committee_member (
    id           UUID PRIMARY KEY,
    congress_id  TEXT        NOT NULL,
    member_id    TEXT        NOT NULL,
    name         TEXT        NOT NULL,
    term         INT         NOT NULL CHECK (term > 0),
    serves_from  DATE        NOT NULL,
    serves_until DATE,
    version      BIGINT      NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT committee_member_once_per_term UNIQUE (congress_id, member_id, term),
    CHECK (serves_until IS NULL OR serves_until >= serves_from)
);
CREATE INDEX committee_member_by_name ON committee_member (congress_id, name, id);
