-- The year of each livelihood-project round (BallotOpened on congress.voting.v1), so that a vote
-- cast or a year-end rating is titled after its round (e.g. 2026年民心工程实事项目票决).
CREATE TABLE voting_round_copy (
    round_id    UUID PRIMARY KEY,
    congress_id TEXT        NOT NULL,
    year        INT         NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
