-- Local copy of the congresses (issue 9), fed by CongressRegistered / CongressUpdated on
-- congress.deputies.v1: current term and session (registration numbers) and the parent (a town's
-- district), for cross-congress reads and the district's roll-up of statistics.
CREATE TABLE congress_copy (
    id              TEXT PRIMARY KEY,
    name            TEXT        NOT NULL,
    level           TEXT        NOT NULL CHECK (level IN ('DISTRICT', 'TOWN')),
    parent_id       TEXT,
    current_term    INT         NOT NULL,
    current_session INT         NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX congress_copy_by_parent ON congress_copy (parent_id, id);

-- The Keycloak user behind a deputy membership: one person may sit in two congresses (a town
-- deputy who is also a district deputy), which is how a referral finds them in the district.
ALTER TABLE deputy_copy ADD COLUMN user_subject TEXT;
CREATE INDEX deputy_copy_by_subject ON deputy_copy (congress_id, user_subject);
