-- Casting is the one write that thousands of deputies make within seconds; every index and
-- foreign key on the ballot box is paid on each ballot, concurrently. Measured over rounds of
-- 3,000 ballots cast 16 at a time (docs/notes/voting.md): the choices insert took 0.23 ms in
-- PostgreSQL before this and 0.13 ms after, and PostgreSQL's CPU per ballot fell by ~0.2 ms.

-- Three choices per candidate: every casting transaction inserted into the same few leaf pages.
-- The tally runs once, at closing, and reaches the choices through their ballots (primary key).
DROP INDEX IF EXISTS ballot_choice_tally;

-- The checking of each mark against the candidate locked every candidate row in every casting
-- transaction (FOR KEY SHARE), so concurrent ballots kept building multixacts on the same rows.
-- The rule it stood for is kept twice over: a ballot is checked against the shortlist under the
-- round lock when cast, and closing refuses to publish while any mark in the box is for a
-- candidate that is not on the shortlist (BallotService.close).
ALTER TABLE ballot_choice DROP CONSTRAINT IF EXISTS ballot_choice_candidate_id_fkey;

-- Participation per round is counted through the primary key (round_id, deputy_id).
DROP INDEX IF EXISTS participation_by_round;

-- One index for the receipt instead of two: unique per round, and the board's order.
DROP INDEX IF EXISTS ballot_board;
ALTER TABLE ballot DROP CONSTRAINT ballot_receipt_unique;
ALTER TABLE ballot ADD CONSTRAINT ballot_receipt_unique UNIQUE (congress_id, round_id, receipt_hash);
