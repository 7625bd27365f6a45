#!/bin/bash
# List and search p99 (PostgreSQL execution time, EXPLAIN ANALYZE, N runs) for congress BENCH.
# Needs the 100,000 BENCH items of the notes. SEED=9 first copies them into BENCH-1..BENCH-9
# (10 congresses x ~100,000), measures, and deletes the copies again (their handling items would
# otherwise be flagged by the overdue scan). Figures in docs/notes/suggestions.md.
set -euo pipefail
export PGPASSWORD=${PGPASSWORD:-suggestions}
P="psql -h ${PGHOST:-127.0.0.1} -p ${PGPORT:-55432} -U suggestions suggestions -qAt"
SEED=${SEED:-0}
for n in $(seq 1 "$SEED"); do
  $P -c "INSERT INTO suggestion (id, congress_id, kind, title, content, category, lead_deputy_id,
    term, session, state, registration_number, lead_department_id, assigned_on, due_on, version,
    created_at, updated_at) SELECT gen_random_uuid(), 'BENCH-$n', kind, title, content, category,
    lead_deputy_id, term, session, state, registration_number, lead_department_id, assigned_on,
    due_on, 0, created_at, updated_at FROM suggestion WHERE congress_id = 'BENCH'"
done
$P -c "VACUUM ANALYZE suggestion"
echo "items: $($P -c "select count(*) from suggestion")"
N=${N:-40}
RARE=$($P -c "select substring(title from 5 for 4) from suggestion where congress_id='BENCH' order by id limit 1 offset 777")
declare -A Q
Q[list]="SELECT * FROM suggestion s WHERE s.congress_id='BENCH' ORDER BY s.created_at DESC, s.id DESC LIMIT 21"
Q[list_state]="SELECT * FROM suggestion s WHERE s.congress_id='BENCH' AND s.state='IN_PROGRESS' ORDER BY s.created_at DESC, s.id DESC LIMIT 21"
Q[search_common]="SELECT * FROM suggestion s WHERE s.congress_id='BENCH' AND (s.title LIKE '%公路%' OR s.content LIKE '%公路%') ORDER BY s.created_at DESC, s.id DESC LIMIT 21"
Q[search_rare4]="SELECT * FROM suggestion s WHERE s.congress_id='BENCH' AND (s.title LIKE '%$RARE%' OR s.content LIKE '%$RARE%') ORDER BY s.created_at DESC, s.id DESC LIMIT 21"
Q[search_rare2]="SELECT * FROM suggestion s WHERE s.congress_id='BENCH' AND (s.title LIKE '%污染%' OR s.content LIKE '%污染%') ORDER BY s.created_at DESC, s.id DESC LIMIT 21"
echo "rare term: $RARE"
for k in list list_state search_common search_rare4 search_rare2; do
  for i in $(seq $N); do
    $P -c "EXPLAIN (ANALYZE) ${Q[$k]}" | sed -n 's/Execution Time: \([0-9.]*\) ms/\1/p'
  done | sort -n | awk -v k=$k '{a[NR]=$1} END {printf "%-14s p50 %7.2f ms  p99(max of %d) %7.2f ms\n", k, a[int((NR+1)/2)], NR, a[NR]}'
done
if [ "$SEED" -gt 0 ]; then
  $P -c "DELETE FROM suggestion WHERE congress_id LIKE 'BENCH-%'"
  $P -c "VACUUM ANALYZE suggestion"
fi
