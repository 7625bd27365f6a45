-- A round opened by mistake (wrong year, wrong N) can be cancelled before its ballot opens; it stays
-- on record with the reason, and its year is free again for the right round.
--
-- Older service versions on this database keep working: they still refuse a second round of a year
-- on their own (they count every row of the year), and they never write CANCELLED.

ALTER TABLE voting_round ADD COLUMN cancellation_reason TEXT;
ALTER TABLE voting_round ADD COLUMN cancelled_by TEXT;

ALTER TABLE voting_round DROP CONSTRAINT voting_round_phase_check;
ALTER TABLE voting_round ADD CONSTRAINT voting_round_phase_check
    CHECK (phase IN ('COLLECTING', 'SCREENING', 'VOTING', 'IMPLEMENTING', 'EVALUATING', 'FINISHED',
                     'CANCELLED'));
ALTER TABLE voting_round ADD CONSTRAINT voting_round_cancellation_reason
    CHECK ((phase = 'CANCELLED') = (cancellation_reason IS NOT NULL));

-- One round per congress and year among those not cancelled.
ALTER TABLE voting_round DROP CONSTRAINT voting_round_year_unique;
CREATE UNIQUE INDEX voting_round_year_unique ON voting_round (congress_id, year)
    WHERE phase <> 'CANCELLED';
-- The rounds list pages by (year, id) now that a year can hold several rows.
CREATE INDEX voting_round_by_year ON voting_round (congress_id, year DESC, id DESC);
