#!/usr/bin/env bash
# Throughput and latency of the REST API, side by side with a static file served by the same Jetty in the same
# run. Not a test: it prints figures (compare figures of one machine).
#
#   1. copies the built distribution (karaf-dist/target/assembly) into a private folder on free ports, starts it on
#      fresh data (the seed plan) and records a year of monthly measurements for the ENT indicators over the API;
#   2. with wrk (Debian's package), for 1, 16 and 64 connections, DURATION seconds each after a warm-up:
#        static   GET /api/index.html                                     (a static page, Jetty's resource servlet)
#        unit     GET /api/v1/plans/.../units/ENT/evaluation?asOf=AS_OF  (the evaluated tree of one unit)
#        plan     GET /api/v1/plans/.../evaluation?asOf=AS_OF            (the whole evaluated plan)
#      every request authenticated with HTTP Basic;
#   3. prints requests/s, p50 and p99 per row, and the unit tree's throughput as a share of the static file's.
#
# Usage: bench/rest-benchmark.sh        (env: DURATION=10, AS_OF=2025-06-30, KEEP=yes keeps the copy)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="$ROOT/karaf-dist/target/assembly"
DURATION="${DURATION:-10}"
AS_OF="${AS_OF:-2025-06-30}"
command -v wrk >/dev/null || { echo "wrk mancante: apt-get install wrk" >&2; exit 1; }
[ -x "$DIST/bin/start" ] || { echo "nessuna distribuzione in $DIST (eseguire prima mvn install)" >&2; exit 1; }
if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
export JAVA_HOME

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
HOME_K="$(mktemp -d /tmp/albero-rest-bench-XXXX)"
cp -r "$DIST/." "$HOME_K/"
sed -i -E "s/^sshPort *=.*/sshPort = $(free_port)/" "$HOME_K/etc/org.apache.karaf.shell.cfg"
sed -i -E "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort *=.*/rmiServerPort = $(free_port)/" \
    "$HOME_K/etc/org.apache.karaf.management.cfg"
PORT="$(free_port)"
sed -i -E "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$HOME_K/etc/org.ops4j.pax.web.cfg"
cleanup() {
    "$HOME_K/bin/stop" >/dev/null 2>&1 || true
    sleep 2
    pkill -f "$HOME_K" >/dev/null 2>&1 || true
    [ "${KEEP:-no}" = yes ] || rm -rf "$HOME_K"
}
trap cleanup EXIT
"$HOME_K/bin/start"

BASE="http://127.0.0.1:$PORT/api/v1"
PLAN="$BASE/plans/cesano-boscone/PIAO-2025"
AUTH="Authorization: Basic $(printf 'karaf:karaf' | base64)"
for _ in $(seq 1 120); do
    if curl -sf -H "$AUTH" "$PLAN" >/dev/null 2>&1; then break; fi
    sleep 1
done
curl -sf -H "$AUTH" "$PLAN" >/dev/null || { echo "l'API non risponde" >&2; exit 1; }

# a year of monthly measurements of every rapporto/conteggio indicator of ENT
CODES=$(curl -s -H "$AUTH" "$PLAN/units/ENT" | python3 -c '
import json, sys
def walk(o):
    for i in o["indicators"]:
        if i["type"] in ("rapporto",):
            print(i["code"])
    for p in o["phases"]:
        walk(p)
for o in json.load(sys.stdin)["objectives"]:
    walk(o)')
N=0
for code in $CODES; do
    for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
        curl -sf -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' \
            -d "{\"date\":\"2025-$m-28\",\"values\":{\"numeratore\":$((10#$m * 8)),\"denominatore\":100}}" \
            "$PLAN/indicators/$code/measurements" && N=$((N + 1))
    done
done
echo "rilevazioni registrate: $N"

declare -A URL=(
    [static]="http://127.0.0.1:$PORT/api/index.html"
    [unit]="$PLAN/units/ENT/evaluation?asOf=$AS_OF"
    [plan]="$PLAN/evaluation?asOf=$AS_OF"
)
for what in static unit plan; do
    curl -sf -o /dev/null -H "$AUTH" "${URL[$what]}" || { echo "$what: ${URL[$what]} non risponde" >&2; exit 1; }
    wrk -t 2 -c 16 -d 5s -H "$AUTH" "${URL[$what]}" >/dev/null   # warm-up (JIT, caches)
done

declare -A RPS
printf '%-8s %6s %12s %10s %10s\n' "what" "conn" "req/s" "p50" "p99"
for c in 1 16 64; do
    for what in static unit plan; do
        out="$(wrk -t "$(( c < 2 ? 1 : 2 ))" -c "$c" -d "${DURATION}s" --latency -H "$AUTH" "${URL[$what]}")"
        rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
        p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
        p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
        non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
        RPS[$what-$c]="$rps"
        printf '%-8s %6s %12s %10s %10s %s\n' "$what" "$c" "$rps" "$p50" "$p99" "${non2xx:+(non-2xx: $non2xx)}"
    done
done
for c in 1 16 64; do
    python3 -c "import sys; print('unit/static at $c connections: %.0f%%' % (100 * float(sys.argv[1]) / float(sys.argv[2])))" \
        "${RPS[unit-$c]}" "${RPS[static-$c]}"
done
echo "RSS of the Karaf JVM: $(ps -o rss= -p "$(pgrep -f "java.*$HOME_K" | head -1)" | awk '{printf "%d MiB", $1/1024}')"
