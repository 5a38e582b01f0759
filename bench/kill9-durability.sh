#!/usr/bin/env bash
# kill -9 durability of the Albero store: measurements whose id was printed survive a crash of the Karaf JVM.
#
#   1. copies the built distribution (karaf-dist/target/assembly) into a private folder on free ports
#      (it never touches the original nor a Karaf already running), and starts it on fresh data;
#   2. waits until albero:plans lists the seed plan (cesano-boscone/PIAO-2025, loaded on first start);
#   3. records measurements of a seed indicator (ENT-01.1, emessi/da_emettere) with albero:measure from WRITERS
#      concurrent client sessions of BATCH commands each (options written after the values), keeping every id
#      as soon as the client prints it;
#   4. once at least KILL_AFTER ids were printed, kill -9 the Karaf JVM while the writers are still writing;
#   5. restarts Karaf on the same data and checks that the store comes up (the Derby database opens) and that
#      every printed id is listed by albero:measurements.
# Exit 0 when every printed id is there; non-zero otherwise. Run by CI (.ci/run) after mvn install; ~30 s.
#
# By hand, after a build (mvn -B install -DskipTests):   bench/kill9-durability.sh
# Environment: DIST (the distribution to copy), PLAN (ente/code; default cesano-boscone/PIAO-2025), KILL_CODE
# (default ENT-01.1), PLAN_FILE (a plan file to albero:import first, for another PLAN/KILL_CODE; its values must
# then fit emessi/da_emettere or an uninstalled type), KILL_AFTER (default 150), WRITERS (default 2), BATCH
# (default 400), BOOT_TIMEOUT seconds (default 180), KEEP=yes keeps the copy.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="${DIST:-$ROOT/karaf-dist/target/assembly}"
PLAN="${PLAN:-cesano-boscone/PIAO-2025}"
KILL_CODE="${KILL_CODE:-ENT-01.1}"
PLAN_FILE="${PLAN_FILE:-}"
KILL_AFTER="${KILL_AFTER:-150}"
WRITERS="${WRITERS:-2}"
BATCH="${BATCH:-400}"
BOOT_TIMEOUT="${BOOT_TIMEOUT:-180}"
KEEP="${KEEP:-no}"

. "$ROOT/bench/lib/private-dist.sh"

STARTED=$SECONDS
WORK="$(mktemp -d /tmp/albero-kill9-XXXXXX)"
IDS="$WORK/printed-ids.txt"
STOP="$WORK/stop-writers"
: > "$IDS"
WRITER_PIDS=()

cleanup() {
    touch "$STOP" 2>/dev/null || true
    for p in "${WRITER_PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
    if [ -n "${HOME_K:-}" ]; then dist_stop; fi
    if [ "$KEEP" = yes ]; then echo "copia conservata in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

# 1. a private copy on free ports, fresh data
dist_copy "$DIST" "$WORK/karaf"

client() {
    dist_client
}

# 2. start on fresh data: the seed plan is loaded (and PLAN_FILE imported, if given)
echo "avvio di Karaf in $HOME_K (ssh $SSH_PORT)"
dist_start_and_wait
if [ -n "$PLAN_FILE" ]; then
    echo "albero:import $PLAN_FILE" | client | tail -n 3
fi
if ! echo "albero:measurements --plan $PLAN $KILL_CODE" | client | grep -E "Nessuna rilevazione|rilevazioni per" >/dev/null; then
    echo "FAIL: l'indicatore $KILL_CODE non è nel piano $PLAN (vedere PLAN, KILL_CODE, PLAN_FILE)" >&2
    exit 1
fi

# 3. writers: each client session records BATCH measurements; sed -u keeps an id as soon as it is printed,
#    each writer in its own file (two unbuffered writers appending to one file can interleave within a line)
writer() {
    local n="$1" i=0
    while [ ! -f "$STOP" ]; do
        {
            for _ in $(seq 1 "$BATCH"); do
                i=$((i + 1))
                echo "albero:measure $KILL_CODE 2025-0$(( (i % 9) + 1 ))-15 emessi=$i da_emettere=$((i + 15))" \
                    "--evidence 'Determina n. $i del 12/05/2025' --note 'scrittore $n' --plan $PLAN"
            done
        } | client | sed -u -n -E 's/.*Rilevazione ([0-9]+) registrata.*/\1/p' >> "$IDS.$n" || true
    done
}
printed_count() {
    awk 1 "$IDS".* 2>/dev/null | wc -l
}
for w in $(seq 1 "$WRITERS"); do
    : > "$IDS.$w"
    writer "$w" &
    WRITER_PIDS+=("$!")
done

# 4. kill -9 the JVM once enough ids were printed, while the writers are in the middle of their sessions
deadline=$((SECONDS + 120))
while [ "$(printed_count)" -lt "$KILL_AFTER" ]; do
    [ $SECONDS -lt $deadline ] || { echo "FAIL: solo $(printed_count) id stampati in 120 s" >&2; exit 1; }
    sleep 0.1
done
PID="$(karaf_pid)"
[ -n "$PID" ] || { echo "FAIL: Karaf non è in esecuzione al momento del kill -9" >&2; exit 1; }
kill -9 "$PID"
echo "kill -9 $PID dopo $(printed_count) id stampati, con $WRITERS scrittori in corso"
# the writers' sessions end with the JVM; no new session starts (nor reaches the restarted Karaf)
touch "$STOP"
for p in "${WRITER_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
WRITER_PIDS=()
awk 1 "$IDS".* | sort -u > "$IDS"   # awk 1 ends every file with a newline; comm wants the plain sort order
PRINTED="$(wc -l < "$IDS")"

# 5. restart on the same data: the database opens and every printed id is there
rm -f "$HOME_K/karaf.pid"
echo "riavvio"
dist_start_and_wait
LISTED="$WORK/listed-ids.txt"
echo "albero:measurements --plan $PLAN $KILL_CODE" | client | sed -n -E 's/^ *([0-9]+) *\|.*/\1/p' \
    | sort -u > "$LISTED"
MISSING="$(comm -23 "$IDS" "$LISTED" | tr '\n' ' ')"
UNPRINTED="$(comm -13 "$IDS" "$LISTED" | wc -l)"
echo "id stampati prima del crash: $PRINTED; rilevazioni elencate dopo il riavvio: $(wc -l < "$LISTED")" \
    "(di cui $UNPRINTED salvate senza id stampato); $((SECONDS - STARTED)) s in tutto"
if [ "$PRINTED" -eq 0 ] || [ -n "$MISSING" ]; then
    echo "FAIL: rilevazioni stampate ma perse: ${MISSING:-nessun id stampato}" >&2
    exit 1
fi
echo "OK: tutte le $PRINTED rilevazioni con id stampato sono presenti dopo kill -9 e riavvio"
