-- The staff's most common list: one state, newest first (GET /suggestions?state=REPLIED). With only
-- suggestion_by_state (congress_id, state, due_on) PostgreSQL walked the congress newest first and
-- filtered: 16,000 rows read for a page of 20 REPLIED items among 115,000 (23 ms, bench p99 97 ms).
CREATE INDEX suggestion_by_state_created ON suggestion (congress_id, state, created_at DESC, id DESC);
