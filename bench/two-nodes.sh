#!/usr/bin/env bash
# Two stateless Albero nodes over one PostgreSQL, on loopback: what a load balancer in front of them relies on.
#
#   1. starts a PostgreSQL cluster of its own on a free loopback port (Debian's /usr/lib/postgresql/*/bin; as root
#      its commands run as user postgres through runuser), creates the database "albero";
#   2. makes two private copies of the built distribution (karaf-dist/target/assembly) on free ports, both with
#      etc/org.ops4j.datasource-albero.cfg pointing to it, the driver feature pax-jdbc-postgresql at boot, and one
#      watched folder shared by both (interval 2 s); starts node A (it migrates the schema and loads the seed plan),
#      then node B;
#   3. checks, printing one OK or FAIL line each:
#      - a session cookie obtained on A works on B;
#      - measurements written through both nodes at once (REST, same indicator) are all there exactly once, read
#        through either node;
#      - a stale update through one node after a write through the other is refused: a second correction of the
#        same measurement (409) and a plan status change with an old If-Match (412, or 409 from the store);
#      - the watched-folder job configured on both nodes runs on one: every file is fed once, none is refused as
#        already fed, its rows are there once, and one node holds the lease in the database;
#      - kill -9 of node A while both nodes are being written: nothing acknowledged by either is lost;
#      - after A restarts, the cookie still works on A, and a logout on A is honoured by B.
# Exit 0 when every check is OK; non-zero otherwise. Run by CI (.ci/run) after the kill -9 script; ~2-3 minutes.
#
# By hand, after a build (mvn -B install -DskipTests):   bench/two-nodes.sh
# Environment: DIST (the distribution to copy), WRITES (writes per writer, default 25), WRITERS (per node, default
# 2), BOOT_TIMEOUT seconds (default 180), KEEP=yes keeps the copies and the cluster's folder.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="${DIST:-$ROOT/karaf-dist/target/assembly}"
WRITES="${WRITES:-25}"
WRITERS="${WRITERS:-2}"
BOOT_TIMEOUT="${BOOT_TIMEOUT:-180}"
KEEP="${KEEP:-no}"

. "$ROOT/bench/lib/private-dist.sh"
. "$ROOT/bench/lib/postgres.sh"

STARTED=$SECONDS
WORK="$(mktemp -d /tmp/albero-two-nodes-XXXXXX)"
PGDIR="$(mktemp -d /tmp/albero-two-nodes-pg-XXXXXX)"
chmod 755 "$PGDIR"
FEEDS="$WORK/feeds"
PLAN="cesano-boscone/PIAO-2025"
CODE="ENT-01.1"
FAILED=0
WRITER_PIDS=()

ok() { echo "OK: $*"; }
lines() { { cat "$@" 2>/dev/null || true; } | wc -l; }   # lines in these files; 0 when there are none
fail() { echo "FAIL: $*"; FAILED=1; }

# ------------------------------------------------------------------------------------------------- PostgreSQL
psql_albero() {
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U albero -d albero -v ON_ERROR_STOP=1 -At -c "$1"
}

# ------------------------------------------------------------------------------------------------------ nodes
# private-dist.sh keeps one copy in HOME_K, SSH_PORT, HTTP_PORT: use_node switches between the two
declare -A NODE_HOME NODE_SSH NODE_HTTP
use_node() {
    HOME_K="${NODE_HOME[$1]}"
    SSH_PORT="${NODE_SSH[$1]}"
    HTTP_PORT="${NODE_HTTP[$1]}"
}
api() { echo "http://127.0.0.1:${NODE_HTTP[$1]}/api/v1"; }

cleanup() {
    touch "$WORK/stop-writers" 2>/dev/null || true
    for p in "${WRITER_PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
    for n in A B; do
        if [ -n "${NODE_HOME[$n]:-}" ]; then use_node "$n"; dist_stop; fi
    done
    pg_stop
    if [ "$KEEP" = yes ]; then echo "copie conservate in $WORK e $PGDIR"; else rm -rf "$WORK" "$PGDIR"; fi
}
trap cleanup EXIT INT TERM

pg_start "$PGDIR/cluster" || exit 1
echo "PostgreSQL su 127.0.0.1:$PG_PORT ($PG_BIN)"

mkdir -p "$FEEDS"
for n in A B; do
    dist_copy "$DIST" "$WORK/karaf-$n"
    NODE_HOME[$n]="$HOME_K"; NODE_SSH[$n]="$SSH_PORT"; NODE_HTTP[$n]="$HTTP_PORT"
    dist_use_postgres || exit 1
    cat > "$HOME_K/etc/it.albero.feed.cfg" <<EOF
enabled = true
folder = $FEEDS
interval.seconds = 2
plan = $PLAN
EOF
    sed -i -E "s/^karaf.name *=.*/karaf.name = nodo-$n/" "$HOME_K/etc/system.properties"
done

use_node A
echo "avvio del nodo A (http ${NODE_HTTP[A]}): migra lo schema e carica il piano di esempio"
dist_start_and_wait
use_node B
echo "avvio del nodo B (http ${NODE_HTTP[B]})"
dist_start_and_wait
echo "due nodi pronti dopo $((SECONDS - STARTED)) s"

P_A="$(api A)/plans/$PLAN"
P_B="$(api B)/plans/$PLAN"

# ---------------------------------------------------------------------------------- the watched folder (begins)
# three files dropped now into the folder both nodes watch; checked after the writes below
mkdir -p "$FEEDS/core.rilevazioni"
for k in 1 2 3; do
    {
        echo "indicatore;data;emessi;da_emettere;evidenza"
        for r in 1 2 3 4; do echo "$CODE;1$r/0$k/2025;$((k * 10 + r));$((k * 10 + r + 5));cartella-$k-$r"; done
    } > "$FEEDS/core.rilevazioni/lotto-$k.csv.part"
    mv "$FEEDS/core.rilevazioni/lotto-$k.csv.part" "$FEEDS/core.rilevazioni/lotto-$k.csv"
done

# ------------------------------------------------------------------------------------------- session on A, on B
JAR="$WORK/cookies.txt"
LOGIN="$(curl -s -c "$JAR" -H 'Content-Type: application/json' -d '{"username":"lettore","password":"lettore"}' \
    "$(api A)/session")"
CSRF="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get("csrfToken",""))' "$LOGIN" 2>/dev/null || true)"
session_code() { curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$(api "$1")/session"; }
if [ -n "$CSRF" ] && [ "$(session_code B)" = 200 ]; then
    ok "il cookie di sessione ottenuto sul nodo A vale sul nodo B"
else
    fail "il cookie di sessione del nodo A non vale sul nodo B (accesso: $LOGIN)"
fi

# ------------------------------------------------------------------------------------------ concurrent writes
# writer NODE TAG COUNT: REST measurements of CODE through NODE; each acknowledged (201) evidence tag and id goes
# to $WORK/ack.TAG, one "tag id" per line, as soon as the answer arrives
writer() {
    local node="$1" tag="$2" count="$3" i out code id
    for i in $(seq 1 "$count"); do
        [ -f "$WORK/stop-writers" ] && break
        out="$(curl -s -m 20 -u entrate:entrate -H 'Content-Type: application/json' -w '\n%{http_code}' \
            -d "{\"date\":\"2025-0$(( (i % 9) + 1 ))-15\",\"values\":{\"emessi\":$i,\"da_emettere\":$((i + 15))},\"evidence\":\"$tag-$i\"}" \
            "$(api "$node")/plans/$PLAN/indicators/$CODE/measurements" 2>/dev/null || true)"
        code="$(tail -n 1 <<<"$out")"
        if [ "$code" = 201 ]; then
            id="$(sed -n -E 's/.*"id":([0-9]+).*/\1/p' <<<"$out" | head -n 1)"
            echo "$tag-$i $id" >> "$WORK/ack.$tag"
        fi
    done
}

# check_once NODE: every acknowledged write (ack.*) is listed once through NODE, with its id and tag
check_once() {
    local node="$1" list="$WORK/list-$1.json"
    curl -s -m 60 -u lettore:lettore "$(api "$node")/plans/$PLAN/indicators/$CODE/measurements" > "$list"
    { cat "$WORK"/ack.* 2>/dev/null || true; } | python3 -c '
import json, sys, collections
rows = json.load(open(sys.argv[1]))
by_tag = collections.Counter(r.get("evidence") for r in rows)
ids = {r["id"]: r.get("evidence") for r in rows}
acked = [l.split() for l in sys.stdin if l.strip()]
bad = [t for t, i in acked if by_tag[t] != 1 or ids.get(int(i)) != t]
print(len(acked), len(bad), " ".join(bad[:10]))
' "$list"
}

run_writers() {  # run_writers PHASE: WRITERS writers per node, in the background
    local n w
    for n in A B; do
        for w in $(seq 1 "$WRITERS"); do
            writer "$n" "$1-$n$w" "$WRITES" &
            WRITER_PIDS+=("$!")
        done
    done
}
wait_writers() {
    local p
    for p in "${WRITER_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    WRITER_PIDS=()
}

T0=$SECONDS
run_writers uno
wait_writers
ACKED="$(lines "$WORK"/ack.uno-*)"
EXPECTED=$((2 * WRITERS * WRITES))
for n in A B; do
    read -r total bad which <<<"$(check_once "$n")"
    if [ "$ACKED" -eq "$EXPECTED" ] && [ "$bad" -eq 0 ]; then
        ok "scritture contemporanee: $ACKED/$EXPECTED confermate (in $((SECONDS - T0)) s), tutte presenti una volta, lette dal nodo $n"
    else
        fail "scritture contemporanee: $ACKED/$EXPECTED confermate; lette dal nodo $n, $bad non presenti esattamente una volta: $which"
    fi
done

# --------------------------------------------------------------------------------------------- stale updates
FIRST_ID="$({ head -n 1 "$WORK/ack.uno-A1" 2>/dev/null || true; } | cut -d' ' -f2)"
correct() {  # correct NODE ID: the HTTP status of a correction of measurement ID through NODE
    curl -s -o "$WORK/correction-$1.json" -w '%{http_code}' -m 20 -u entrate:entrate -H 'Content-Type: application/json' \
        -d '{"date":"2025-01-15","values":{"emessi":1,"da_emettere":2},"evidence":"rettifica da '"$1"'"}' \
        "$(api "$1")/plans/$PLAN/indicators/$CODE/measurements/$2/correction"
}
C1="$(correct A "$FIRST_ID")"
C2="$(correct B "$FIRST_ID")"
if [ "$C1" = 201 ] && [ "$C2" = 409 ]; then
    ok "rettifica della rilevazione $FIRST_ID sul nodo A (201), seconda rettifica sul nodo B rifiutata con 409"
else
    fail "rettifica sul nodo A: $C1 (atteso 201), poi sul nodo B: $C2 (atteso 409) $(cat "$WORK/correction-B.json")"
fi

ETAG="$(curl -s -D - -o /dev/null -u lettore:lettore "$P_A" | tr -d '\r' | sed -n -E 's/^[Ee][Tt][Aa][Gg]: *(.*)$/\1/p')"
status_put() {  # status_put NODE STATUS ETAG
    curl -s -o "$WORK/status-$1.json" -w '%{http_code}' -m 20 -u performance:performance -X PUT \
        -H 'Content-Type: application/json' -H "If-Match: $3" -d "{\"status\":\"$2\"}" "$(api "$1")/plans/$PLAN/status"
}
S1="$(status_put B adottato "$ETAG")"
S2="$(status_put A bozza "$ETAG")"
if [ -n "$ETAG" ] && [ "$S1" = 200 ] && { [ "$S2" = 412 ] || [ "$S2" = 409 ]; }; then
    ok "cambio di stato sul nodo B con If-Match $ETAG (200); lo stesso If-Match sul nodo A, ormai vecchio, rifiutato con $S2"
else
    fail "cambio di stato: ETag '$ETAG', nodo B $S1 (atteso 200), poi nodo A $S2 (atteso 412 o 409) $(cat "$WORK/status-A.json" 2>/dev/null)"
fi

# ---------------------------------------------------------------------------------- the watched folder (ends)
deadline=$((SECONDS + 60))
while [ $SECONDS -lt $deadline ] && ls "$FEEDS/core.rilevazioni"/lotto-*.csv >/dev/null 2>&1; do sleep 1; done
sleep 3  # a scan still under way on another node would leave a second report
DONE_N="$({ ls "$FEEDS/core.rilevazioni/acquisiti/"*.esito.txt 2>/dev/null || true; } | wc -l)"
REFUSED_N="$({ ls "$FEEDS/core.rilevazioni/scartati/"*.esito.txt 2>/dev/null || true; } | wc -l)"
DUP_N="$({ grep -l "già acquisito" "$FEEDS/core.rilevazioni/acquisiti/"*.esito.txt 2>/dev/null || true; } | wc -l)"
FED_ROWS="$(curl -s -m 60 -u lettore:lettore "$P_B/indicators/$CODE/measurements" | python3 -c '
import json, sys, collections
c = collections.Counter(r.get("evidence") for r in json.load(sys.stdin) if str(r.get("evidence", "")).startswith("cartella-"))
print(len(c), sum(c.values()))' || true)"
HOLDERS="$(psql_albero "SELECT COUNT(*) FROM job_lease WHERE job = 'cartelle-sorvegliate'" 2>&1 || true)"
HOLDER="$(psql_albero "SELECT holder FROM job_lease WHERE job = 'cartelle-sorvegliate'" 2>&1 | cut -d/ -f1 || true)"
if [ "$DONE_N" = 3 ] && [ "$REFUSED_N" = 0 ] && [ "$DUP_N" = 0 ] && [ "$FED_ROWS" = "12 12" ] && [ "$HOLDERS" = 1 ]; then
    ok "cartella sorvegliata condivisa da due nodi: 3 file acquisiti una volta sola (12 righe, nessun doppione), turno tenuto da $HOLDER"
else
    fail "cartella sorvegliata: acquisiti $DONE_N (attesi 3), scartati $REFUSED_N, già acquisiti $DUP_N, righe (distinte, totali) $FED_ROWS (attese 12 12), turni $HOLDERS"
fi

# ------------------------------------------------------------------------------------------ kill -9 of node A
run_writers due
deadline=$((SECONDS + 60))
while [ "$(lines "$WORK"/ack.due-A*)" -lt 10 ]; do
    [ $SECONDS -lt $deadline ] || break
    sleep 0.2
done
use_node A
PID_A="$(karaf_pid)"
if [ -n "$PID_A" ]; then
    kill -9 "$PID_A"
    echo "kill -9 del nodo A ($PID_A) dopo $(lines "$WORK"/ack.due-*) scritture confermate della seconda tornata"
else
    fail "il nodo A non era in esecuzione al momento del kill -9"
fi
wait_writers
ACK_A="$(lines "$WORK"/ack.due-A*)"
ACK_B="$(lines "$WORK"/ack.due-B*)"
read -r total bad which <<<"$(check_once B)"
if [ "$ACK_B" -eq $((WRITERS * WRITES)) ] && [ "$bad" -eq 0 ]; then
    ok "kill -9 del nodo A durante le scritture: il nodo B ha confermato $ACK_B/$((WRITERS * WRITES)); tutte le $total scritture confermate (A: $ACK_A prima del kill) sono presenti una volta"
else
    fail "kill -9 del nodo A: il nodo B ha confermato $ACK_B/$((WRITERS * WRITES)); $bad scritture confermate mancanti o doppie: $which"
fi

# ---------------------------------------------------------------------------------- restart of A, then logout
rm -f "${NODE_HOME[A]}/karaf.pid"
echo "riavvio del nodo A"
dist_start_and_wait
read -r total bad which <<<"$(check_once A)"
if [ "$bad" -eq 0 ]; then
    ok "dopo il riavvio il nodo A legge tutte le $total scritture confermate, una volta ciascuna"
else
    fail "dopo il riavvio il nodo A: $bad scritture confermate mancanti o doppie: $which"
fi
if [ "$(session_code A)" = 200 ]; then
    ok "il cookie di sessione vale ancora sul nodo A dopo il suo riavvio (kill -9 compreso)"
else
    fail "il cookie di sessione non vale più sul nodo A dopo il riavvio"
fi
OUT="$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" -H "X-CSRF-Token: $CSRF" -X DELETE "$(api A)/session")"
B_AFTER="$(session_code B)"
A_AFTER="$(session_code A)"
if [ "$OUT" = 204 ] && [ "$B_AFTER" = 401 ] && [ "$A_AFTER" = 401 ]; then
    ok "uscita sul nodo A (204): il cookie è rifiutato anche dal nodo B (401)"
else
    fail "uscita sul nodo A: $OUT (atteso 204); poi il cookie sul nodo B: $B_AFTER, sul nodo A: $A_AFTER (attesi 401)"
fi

echo "$((SECONDS - STARTED)) s in tutto"
if [ "$FAILED" != 0 ]; then
    echo "FAIL: almeno una verifica a due nodi non è riuscita" >&2
    exit 1
fi
echo "OK: due nodi su un PostgreSQL, tutte le verifiche riuscite"
