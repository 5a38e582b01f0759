#!/usr/bin/env bash
# Scale figures (not a timed test, not run by CI): generate and load 10, 100 and 1,000 demo enti with albero:generate,
# then evaluate each group as of a date with albero:eval-all, on embedded Derby and on PostgreSQL in the same run.
# Each database gets its own private copy of the built distribution (bench/lib/private-dist.sh) on free ports;
# PostgreSQL is a throw-away cluster started here from Debian's binaries on a free loopback port.
#
#   bench/scale.sh                     sizes 10 100 1000, both databases
#   SIZES="10 100" DBS=derby bench/scale.sh
#   WARM_REPEAT=0 bench/scale.sh       without the largest size repeated on the warm server
#
# Per step: the time the command reports (ms), the wall time of the console call, and the Karaf JVM's peak
# resident memory during the step (VmHWM, reset before each step through /proc/PID/clear_refs). The last column
# is the growth factor of the step's time from the previous size (x10 enti -> ideally x10).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
. bench/lib/private-dist.sh
. bench/lib/postgres.sh

DIST="${DIST:-$ROOT/karaf-dist/target/assembly}"
SIZES="${SIZES:-10 100 1000}"
# 1: after the sizes, the largest again on the same server ("carica*", "valuta*": warm)
WARM_REPEAT="${WARM_REPEAT:-1}"
DBS="${DBS:-derby postgresql}"
SEED="${SEED:-2025}"
AS_OF="${AS_OF:-2025-12-31}"
# enti loaded at once by albero:generate: one on Derby (concurrent saves wait for each other's locks), four on PostgreSQL
# (more threads than cores: while one waits for the database another works; four beat two by ~20% on 2 cores)
THREADS_DERBY="${THREADS_DERBY:-1}"
THREADS_POSTGRESQL="${THREADS_POSTGRESQL:-4}"
WORK="$(mktemp -d /tmp/albero-scale-XXXXXX)"
chmod 755 "$WORK"
RESULTS="$WORK/results.txt"

cleanup() {
    dist_stop || true
    pg_stop
}
trap cleanup EXIT

hwm_reset() { echo 5 >"/proc/$1/clear_refs" 2>/dev/null || true; }
hwm_mb() { awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$1/status"; }

# step DB N KIND COMMAND: runs one console command, records "DB N KIND ms wall_ms hwm_mb"
step() {
    local db="$1" n="$2" kind="$3" cmd="$4" pid out t0 t1 ms
    pid="$(karaf_pid)"
    hwm_reset "$pid"
    t0=$(date +%s%N)
    out="$(echo "$cmd" | timeout 1800 "$HOME_K/bin/client" -a "$SSH_PORT" -u karaf -p karaf -r 3 -d 1 -b 2>&1 || true)"
    t1=$(date +%s%N)
    echo "$out" | tail -n 2 | sed "s/^/    [$db $n $kind] /"
    ms="$(grep -oE 'in [0-9]+ ms$' <<<"$out" | tail -1 | grep -oE '[0-9]+' || true)"
    [ -n "$ms" ] || { echo "FAIL: $cmd" >&2; echo "$out" | tail -n 20 >&2; exit 1; }
    echo "$db $n $kind $ms $(((t1 - t0) / 1000000)) $(hwm_mb "$pid")" >>"$RESULTS"
}

echo "Albero, scala: enti $SIZES, database $DBS, seme $SEED, valutazione al $AS_OF ($(nproc) processori)"
# the host's state: the same CPU-bound loop alone and as two processes at once (on a shared host the two processors
# are not always two whole cores: read the figures against this)
calibrate() {
    python3 -c 'import time
t = time.time(); s = 0
for i in range(10_000_000): s += i * i
print(f"{time.time() - t:.2f}")'
}
echo "calibrazione: un processo $(calibrate) s, due insieme $( (calibrate & calibrate & wait) | tr '\n' ' ')s"
for db in $DBS; do
    dist_copy "$DIST" "$WORK/karaf-$db"
    # every sector module, as an installation serving many comuni has them
    sed -i -E 's/^(featuresBoot *= *)/\1albero-all, /' "$HOME_K/etc/org.apache.karaf.features.cfg"
    if [ "$db" = postgresql ]; then
        pg_start "$WORK/pg"
        dist_use_postgres
    fi
    echo "== $db: avvio della distribuzione (porta ssh $SSH_PORT)"
    dist_start_and_wait
    i=0
    for n in $SIZES; do
        i=$((i + 1))
        prefix="S$i-"
        threads="THREADS_${db^^}"
        step "$db" "$n" carica "albero:generate --enti $n --seed $SEED --prefix $prefix --threads ${!threads}"
        step "$db" "$n" valuta "albero:eval-all --as-of $AS_OF --prefix $prefix --quiet"
    done
    if [ "$WARM_REPEAT" = 1 ]; then
        # the largest size once more on the same running server: what a server up for days does (the JIT has
        # compiled the hot code; the first time, compiling takes ~40% of the JVM's CPU), with more enti stored
        n="${SIZES##* }"
        step "$db" "$n" "carica*" "albero:generate --enti $n --seed $SEED --prefix S$((i + 1))- --threads ${!threads}"
        step "$db" "$n" "valuta*" "albero:eval-all --as-of $AS_OF --prefix S$((i + 1))- --quiet"
    fi
    dist_stop
done

echo
printf '%-11s %6s  %-7s %10s %10s %9s %8s\n' database enti passo "ms (cmd)" "ms (wall)" "picco MB" "x prec."
awk '{ key = $1 " " $3; f = (prev[key] > 0) ? sprintf("%.1f", $4 / prev[key]) : "-"; prev[key] = $4;
       printf "%-11s %6d  %-7s %10d %10d %9d %8s\n", $1, $2, $3, $4, $5, $6, f }' "$RESULTS"
echo
awk '{ warm = ($3 ~ /\*$/) ? "*" : ""; t[$1 " " $2 " " warm] += $4 } END { for (k in t) print k, t[k] }' "$RESULTS" |
    awk 'NF == 3 { print $1, $2, "-", $3; next } { print }' | sort -k1,1 -k2n -k3,3r |
    while read -r db n warm ms; do
        printf 'totale %-11s %6d enti: carica + valuta %6.1f s%s\n' "$db" "$n" "$(echo "$ms / 1000" | bc -l)" \
            "$([ "$warm" = "*" ] && echo ' (di nuovo, a server caldo)')"
    done
echo "(dettaglio in $WORK)"
