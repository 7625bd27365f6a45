-- Local copy of the congresses (issue 9), fed by CongressRegistered / CongressUpdated on
-- congress.deputies.v1 (same consumer as the deputy copy, Inbox name voting.congresses): the level
-- decides who is entitled to vote in a congress (its own level's ACTIVE deputies), the parent (a
-- town's district) decides cross-congress reads and the district's roll-up of statistics.
CREATE TABLE congress_copy (
    id         TEXT PRIMARY KEY,
    name       TEXT        NOT NULL,
    level      TEXT        NOT NULL CHECK (level IN ('DISTRICT', 'TOWN')),
    parent_id  TEXT,
    version    BIGINT      NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX congress_copy_by_parent ON congress_copy (parent_id, id);

-- Statistics per congress and year.
CREATE INDEX voting_round_by_congress_year ON voting_round (congress_id, year, phase);
