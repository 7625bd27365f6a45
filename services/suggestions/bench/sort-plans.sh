#!/bin/bash
# Plans and PostgreSQL execution times of the list's sorts (sort=) over 100,000 items in one
# congress: the first page, a page from the middle (cursor at the 50,000th item of the order) and,
# for the two-part sorts, the page where the items with the key run out; staff, a deputy (own and
# co-signed) and a department (active tasks), each with many items and with few (OLD_VISIBILITY=1:
# their conditions as before this change). The same SQL shapes as the service's HQL (row-value keysets, LIMIT 21). Prints per query:
# p50 and max execution time of N runs, Sort nodes in the plan, rows filtered out, buffers, and the
# scan that reads the items. WITHOUT_V6=1 measures inside a transaction that has dropped V6's indexes and
# is rolled back (the "before"). Seeds congress SORTBENCH (100,000 items) and SORTOTHER (20,000)
# and deletes them at the end. Run it against a database of your own:
#   PGDATABASE=suggestions_sort services/suggestions/bench/sort-plans.sh
set -euo pipefail
export PGPASSWORD=${PGPASSWORD:-suggestions}
P="psql -h ${PGHOST:-127.0.0.1} -p ${PGPORT:-55432} -U ${PGUSER:-suggestions} ${PGDATABASE:?set PGDATABASE} -qAt -v ON_ERROR_STOP=1"
N=${N:-15}
C=SORTBENCH

seed() { # congress, items, lead deputies
  $P <<SQL
INSERT INTO suggestion (id, congress_id, kind, title, content, category, lead_deputy_id, term,
  session, state, registration_number, registration_sequence, lead_department_id, assigned_on,
  due_on, version, created_at, updated_at)
SELECT gen_random_uuid(), '$1', 'SUGGESTION', '关于第' || g || '件事项的建议', '建议内容', 'OTHER',
  ('00000000-0000-4000-8000-' || lpad((g % $3)::text, 12, '0'))::uuid, 6,
  CASE WHEN g % 10 < 6 THEN 3 ELSE 4 END,
  CASE WHEN g % 5 = 0 THEN 'SUBMITTED' WHEN g % 8 = 0 THEN 'REGISTERED' ELSE 'IN_PROGRESS' END,
  CASE WHEN g % 5 <> 0 THEN '6-' || CASE WHEN g % 10 < 6 THEN 3 ELSE 4 END || '-' || lpad(g::text, greatest(4, length(g::text)), '0') END,
  CASE WHEN g % 5 <> 0 THEN g END,
  CASE WHEN g % 5 <> 0 AND g % 8 <> 0 THEN 'DEPT-' || (g % 20) END,
  CASE WHEN g % 5 <> 0 AND g % 8 <> 0 THEN date '2026-01-01' + (g * 7919 % 300) END,
  CASE WHEN g % 5 <> 0 AND g % 8 <> 0 THEN date '2026-04-01' + (g * 7919 % 300) END,
  0, timestamptz '2026-01-01 00:00Z' + (g * 7 % $2) * interval '3 minutes',
  timestamptz '2026-01-01 00:00Z'
FROM generate_series(1, $2) g;
INSERT INTO handling_task (id, congress_id, suggestion_id, department_id, role, state, assigned_on,
  send_back_until, created_at)
SELECT gen_random_uuid(), congress_id, id, lead_department_id, 'LEAD', 'SIGNED', assigned_on,
  assigned_on + 10, created_at FROM suggestion WHERE congress_id = '$1' AND lead_department_id IS NOT NULL;
-- one item in ten has a co-signer (the next deputy)
INSERT INTO co_signer (id, suggestion_id, deputy_id, congress_id, status, invited_at)
SELECT gen_random_uuid(), id, ('00000000-0000-4000-8000-' || lpad(((('x' || substr(md5(id::text), 1, 4))::bit(16)::int + 1) % $3)::text, 12, '0'))::uuid,
  congress_id, 'ACCEPTED', created_at FROM suggestion WHERE congress_id = '$1' AND random() < 0.1;
SQL
}

cleanup() {
  $P <<SQL
DELETE FROM co_signer WHERE congress_id IN ('SORTBENCH', 'SORTOTHER');
DELETE FROM handling_task WHERE congress_id IN ('SORTBENCH', 'SORTOTHER');
DELETE FROM suggestion WHERE congress_id IN ('SORTBENCH', 'SORTOTHER');
SQL
}
[ "${KEEP:-0}" = 1 ] || trap cleanup EXIT
cleanup
seed $C 100000 300
seed SORTOTHER 20000 50
$P -c "VACUUM ANALYZE suggestion" -c "VACUUM ANALYZE handling_task" -c "VACUUM ANALYZE co_signer"
echo "items in $C: $($P -c "select count(*) from suggestion where congress_id='$C'")," \
  "numbered $($P -c "select count(registration_sequence) from suggestion where congress_id='$C'")," \
  "with deadline $($P -c "select count(due_on) from suggestion where congress_id='$C'")"

ME="00000000-0000-4000-8000-000000000007"  # a deputy with ~330 items
FEW="00000000-0000-4000-8000-000000000999" # a deputy with none (most have fewer than a page)
DEPT="DEPT-7"                              # a department with ~3,500 items
$P -c "UPDATE handling_task SET department_id = 'DEPT-SMALL' WHERE id IN (SELECT id FROM handling_task
  WHERE congress_id = '$C' AND department_id = 'DEPT-3' LIMIT 5)" -c "ANALYZE handling_task"
deputy() { echo "s.id IN (SELECT x.id FROM suggestion x WHERE x.congress_id = '$C' AND x.lead_deputy_id = '$1' UNION ALL SELECT c.suggestion_id FROM co_signer c WHERE c.congress_id = '$C' AND c.deputy_id = '$1' AND c.status <> 'DECLINED')"; }
dept() { echo "EXISTS (SELECT 1 FROM handling_task t WHERE t.suggestion_id = s.id AND t.congress_id = '$C' AND t.department_id = '$1' AND t.state IN ('ASSIGNED','SIGNED','OPINION_GIVEN'))"; }
# the conditions before this change: OLD_VISIBILITY=1
if [ "${OLD_VISIBILITY:-0}" = 1 ]; then
  echo "(visibility as before: lead = me OR EXISTS co-signer; tasks without the congress)"
  deputy() { echo "(s.lead_deputy_id = '$1' OR EXISTS (SELECT 1 FROM co_signer c WHERE c.suggestion_id = s.id AND c.deputy_id = '$1' AND c.status <> 'DECLINED'))"; }
  dept() { echo "EXISTS (SELECT 1 FROM handling_task t WHERE t.suggestion_id = s.id AND t.department_id = '$1' AND t.state IN ('ASSIGNED','SIGNED','OPINION_GIVEN'))"; }
fi
VIS_DEPUTY=$(deputy "$ME")
VIS_FEW=$(deputy "$FEW")
VIS_DEPT=$(dept "$DEPT")
VIS_SMALL=$(dept DEPT-SMALL)
# cursors: the 50,000th item of each order, and the last item that has the key
at() { $P -c "SELECT $1 FROM suggestion s WHERE s.congress_id='$C' $2 ORDER BY $3 OFFSET $4 LIMIT 1"; }
NEW_MID=$(at "format('(%L::timestamptz, %L::uuid)', created_at, id)" "" "created_at DESC, id DESC" 50000)
OLD_MID=$(at "format('(%L::timestamptz, %L::uuid)', created_at, id)" "" "created_at, id" 50000)
REG_MID=$(at "format('(%s, %s, %s, %L::uuid)', term, session, registration_sequence, id)" "AND registration_sequence IS NOT NULL" "term, session, registration_sequence, id" 50000)
DUE_MID=$(at "format('(%L::date, %L::uuid)', due_on, id)" "AND due_on IS NOT NULL" "due_on, id" 50000)
UNDATED_MID=$(at "format('(%L::timestamptz, %L::uuid)', created_at, id)" "AND due_on IS NULL" "created_at, id" 15000)

declare -A Q
ORDER_NEW="ORDER BY s.created_at DESC, s.id DESC LIMIT 21"
Q[newest_first]="s.congress_id='$C' $ORDER_NEW"
Q[newest_mid]="s.congress_id='$C' AND (s.created_at, s.id) < $NEW_MID $ORDER_NEW"
Q[oldest_mid]="s.congress_id='$C' AND (s.created_at, s.id) > $OLD_MID ORDER BY s.created_at, s.id LIMIT 21"
ORDER_REG="ORDER BY s.term, s.session, s.registration_sequence, s.id LIMIT 21"
Q[number_first]="s.congress_id='$C' AND s.registration_sequence IS NOT NULL $ORDER_REG"
Q[number_mid]="s.congress_id='$C' AND s.registration_sequence IS NOT NULL AND (s.term, s.session, s.registration_sequence, s.id) > $REG_MID $ORDER_REG"
Q[unnumbered_first]="s.congress_id='$C' AND s.registration_sequence IS NULL ORDER BY s.created_at, s.id LIMIT 21"
ORDER_DUE="ORDER BY s.due_on, s.id LIMIT 21"
Q[due_first]="s.congress_id='$C' AND s.due_on IS NOT NULL $ORDER_DUE"
Q[due_mid]="s.congress_id='$C' AND s.due_on IS NOT NULL AND (s.due_on, s.id) > $DUE_MID $ORDER_DUE"
Q[undated_mid]="s.congress_id='$C' AND s.due_on IS NULL AND (s.created_at, s.id) > $UNDATED_MID ORDER BY s.created_at, s.id LIMIT 21"
Q[deputy_newest_first]="s.congress_id='$C' AND $VIS_DEPUTY $ORDER_NEW"
Q[few_newest_first]="s.congress_id='$C' AND $VIS_FEW $ORDER_NEW"
Q[few_due_first]="s.congress_id='$C' AND $VIS_FEW AND s.due_on IS NOT NULL $ORDER_DUE"
Q[deputy_due_first]="s.congress_id='$C' AND $VIS_DEPUTY AND s.due_on IS NOT NULL $ORDER_DUE"
Q[deputy_due_mid]="s.congress_id='$C' AND $VIS_DEPUTY AND s.due_on IS NOT NULL AND (s.due_on, s.id) > $DUE_MID $ORDER_DUE"
Q[deputy_number_first]="s.congress_id='$C' AND $VIS_DEPUTY AND s.registration_sequence IS NOT NULL $ORDER_REG"
Q[dept_due_first]="s.congress_id='$C' AND $VIS_DEPT AND s.due_on IS NOT NULL $ORDER_DUE"
Q[dept_due_mid]="s.congress_id='$C' AND $VIS_DEPT AND s.due_on IS NOT NULL AND (s.due_on, s.id) > $DUE_MID $ORDER_DUE"
Q[small_dept_newest]="s.congress_id='$C' AND $VIS_SMALL $ORDER_NEW"
Q[small_dept_due]="s.congress_id='$C' AND $VIS_SMALL AND s.due_on IS NOT NULL $ORDER_DUE"
Q[state_due_first]="s.congress_id='$C' AND s.state = 'IN_PROGRESS' AND s.due_on IS NOT NULL $ORDER_DUE"

BEGIN="" END=""
if [ "${WITHOUT_V6:-0}" = 1 ]; then
  BEGIN="BEGIN; DROP INDEX suggestion_by_registration, suggestion_unnumbered_by_created, suggestion_by_due, suggestion_undated_by_created;"
  END="ROLLBACK;"
  echo "(without the V6 indexes)"
fi
run() { printf '%s\n' "$BEGIN" "$1;" "$END" | $P; }
for k in newest_first newest_mid oldest_mid number_first number_mid unnumbered_first due_first due_mid \
  undated_mid deputy_newest_first deputy_number_first deputy_due_first deputy_due_mid few_newest_first \
  few_due_first dept_due_first dept_due_mid small_dept_newest small_dept_due state_due_first; do
  sql="EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM suggestion s WHERE ${Q[$k]}"
  plan=$(run "$sql")
  sorted=$(grep -cE '(->  |^ *)(Incremental )?Sort  \(' <<<"$plan" || true)
  how=$(grep -oE '(Index Scan( Backward)? using [a-z_]+|Index Only Scan using [a-z_]+|Seq Scan on suggestion|Bitmap Heap Scan on suggestion)' <<<"$plan" | head -1)
  rows=$(grep -oE 'Rows Removed by Filter: [0-9]+' <<<"$plan" | head -1 | grep -oE '[0-9]+' || echo 0)
  buffers=$(grep -oE 'Buffers: shared hit=[0-9]+( read=[0-9]+)?' <<<"$plan" | head -1 | sed 's/Buffers: shared //')
  for i in $(seq "$N"); do
    run "$sql" | sed -n 's/Execution Time: \([0-9.]*\) ms/\1/p'
  done | sort -n | awk -v k="$k" -v how="$how" -v s="$sorted" -v r="$rows" -v b="$buffers" \
    '{a[NR]=$1} END {printf "%-20s p50 %7.2f ms  max(%d) %7.2f ms  sorts %s  filtered %6s  %-10s %s\n", k, a[int((NR+1)/2)], NR, a[NR], s, r, b, how}'
done
