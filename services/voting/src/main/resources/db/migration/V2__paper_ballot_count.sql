-- Paper ballots issued and returned per round (发出 / 收回). Entering a paper ballot used to lock
-- the round row FOR UPDATE for its whole transaction and count both tables to keep "returned <=
-- issued", so entries ran one at a time (bench finding 4). The rule now lives in this row: issuing
-- adds one to `issued`; entering adds one to `returned` with a conditional UPDATE (WHERE returned <
-- issued) as the last statement of its transaction, so the row lock is held only until commit and
-- everything else of an entry runs side by side. The CHECK makes the rule hold whatever the code.
-- Counts only: nothing here names a deputy or orders the ballots.
CREATE TABLE paper_ballot_count (
    round_id    UUID PRIMARY KEY REFERENCES voting_round (id),
    congress_id TEXT NOT NULL,
    issued      INT  NOT NULL,
    returned    INT  NOT NULL DEFAULT 0,
    CONSTRAINT paper_returned_not_above_issued CHECK (returned >= 0 AND returned <= issued)
);

-- Rounds that already have paper ballots.
INSERT INTO paper_ballot_count (round_id, congress_id, issued, returned)
SELECT p.round_id, p.congress_id, count(*),
       (SELECT count(*) FROM ballot b WHERE b.round_id = p.round_id AND b.paper)
FROM participation p
WHERE p.channel = 'PAPER'
GROUP BY p.round_id, p.congress_id;
