#!/usr/bin/env bash
# Boot and hot-deploy figures of the Albero distribution (karaf-dist/target/assembly, built by mvn install):
#   boot       bin/start until `albero:modules` answers through bin/client
#   install    feature:install -r albero-sector-entrate until `albero:types` lists entrate
#   uninstall  feature:uninstall -r albero-sector-entrate until `albero:types` no longer lists it
# Each latency includes one bin/client start per poll (about 1 s on 2 cores): compare figures of one machine.
#
# Usage: bench/boot-and-hotdeploy.sh [--stock] [--keep-data]
#   --stock      also boot a stock Apache Karaf of the same version (fetched from Maven Central into
#                bench/target/) until the console answers, for comparison
#   --keep-data  do not wipe the distribution's data/ before booting (default: a cold boot on fresh data)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="$ROOT/karaf-dist/target/assembly"
WORK="$ROOT/bench/target"
KARAF_VERSION="${KARAF_VERSION:-4.4.10}"
MODULE="${MODULE:-entrate}"
BOOT_TIMEOUT="${BOOT_TIMEOUT:-120}"   # seconds
OP_TIMEOUT="${OP_TIMEOUT:-30}"        # seconds
STOCK=no
KEEP_DATA=no
for arg in "$@"; do
    case "$arg" in
        --stock) STOCK=yes ;;
        --keep-data) KEEP_DATA=yes ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
done

if [ -z "${JAVA_HOME:-}" ] && command -v javac >/dev/null 2>&1; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
export JAVA_HOME

[ -x "$DIST/bin/start" ] || { echo "no distribution in $DIST: run mvn install first" >&2; exit 1; }

# The Karaf home currently running, stopped by the trap whatever happens.
RUNNING=""
stop_karaf() {
    local home="$1"
    [ -n "$home" ] || return 0
    "$home/bin/stop" >/dev/null 2>&1 || true
    local pid
    for _ in $(seq 1 100); do
        pid="$(karaf_pid "$home")"
        [ -z "$pid" ] && return 0
        sleep 0.1
    done
    pid="$(karaf_pid "$home")"
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
}
karaf_pid() {
    local pidfile="$1/karaf.pid"
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then cat "$pidfile"; fi
}
cleanup() { stop_karaf "$RUNNING"; }
trap cleanup EXIT INT TERM

now_ms() { date +%s%3N; }

# Runs a console command through bin/client; prints its output (colour codes removed).
client() {
    local home="$1" cmd="$2"
    echo "$cmd" | timeout 20 "$home/bin/client" -u karaf -p karaf -b 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g'
}

# Polls until the command's output matches (or, with "!", does not match) the regex; prints the ms it took.
wait_until() {
    local home="$1" cmd="$2" neg="$3" regex="$4" timeout_s="$5" start="$6"
    local deadline=$(( start + timeout_s * 1000 )) out
    while :; do
        out="$(client "$home" "$cmd" || true)"
        if [ "$neg" = "!" ]; then
            if [ -n "$out" ] && ! grep -qE "$regex" <<<"$out"; then break; fi
        else
            if grep -qE "$regex" <<<"$out"; then break; fi
        fi
        if [ "$(now_ms)" -gt "$deadline" ]; then
            echo "timeout after ${timeout_s}s waiting for '$cmd' ${neg:+not }to match '$regex'" >&2
            return 1
        fi
        sleep 0.2
    done
    echo $(( $(now_ms) - start ))
}

rss_mib() {
    local pid; pid="$(karaf_pid "$1")"
    [ -n "$pid" ] && awk '/VmRSS/ { printf "%d", $2/1024 }' "/proc/$pid/status" || echo "?"
}

# -------------------------------------------------------------------------------------------------- Albero
if [ "$KEEP_DATA" = no ]; then
    rm -rf "$DIST/data"
fi
if [ -n "$(karaf_pid "$DIST")" ]; then
    echo "a Karaf is already running from $DIST: stop it first" >&2
    exit 1
fi
RUNNING="$DIST"
t0="$(now_ms)"
"$DIST/bin/start"
boot_ms="$(wait_until "$DIST" "albero:modules" "" "." "$BOOT_TIMEOUT" "$t0")"
# albero:modules answering means the console and the engine are up; wait for the Active core too
client "$DIST" "bundle:list -s" | grep "it.albero.engine" >/dev/null || { echo "engine bundle missing" >&2; exit 1; }
client_ms="$( s=$(now_ms); client "$DIST" "shell:echo" >/dev/null; echo $(( $(now_ms) - s )) )"
rss_boot="$(rss_mib "$DIST")"

t1="$(now_ms)"
client "$DIST" "feature:install -r albero-sector-$MODULE" >/dev/null
install_ms="$(wait_until "$DIST" "albero:types" "" "\\b$MODULE\\b" "$OP_TIMEOUT" "$t1")"

t2="$(now_ms)"
client "$DIST" "feature:uninstall -r albero-sector-$MODULE" >/dev/null
uninstall_ms="$(wait_until "$DIST" "albero:types" "!" "\\b$MODULE\\b" "$OP_TIMEOUT" "$t2")"

unresolved="$(client "$DIST" "bundle:list -s" | awk -F'|' '$2 ~ /Installed|Failure/' | wc -l)"
stop_karaf "$DIST"
RUNNING=""

echo
echo "Albero distribution ($DIST)"
printf '  %-44s %8s ms\n' "cold boot until albero:modules answers" "$boot_ms"
printf '  %-44s %8s ms\n' "one bin/client round trip (included above)" "$client_ms"
printf '  %-44s %8s MiB\n' "RSS after boot" "$rss_boot"
printf '  %-44s %8s ms\n' "feature:install -r albero-sector-$MODULE" "$install_ms"
printf '  %-44s %8s ms\n' "feature:uninstall -r albero-sector-$MODULE" "$uninstall_ms"
printf '  %-44s %8s\n' "bundles left unresolved" "$unresolved"

# ------------------------------------------------------------------------------------------- stock Karaf
if [ "$STOCK" = yes ]; then
    mkdir -p "$WORK"
    zip="$WORK/apache-karaf-$KARAF_VERSION.zip"
    if [ ! -f "$zip" ]; then
        mvn -B -q -ntp -f "$ROOT/pom.xml" -N dependency:copy \
            -Dartifact="org.apache.karaf:apache-karaf:$KARAF_VERSION:zip" -DoutputDirectory="$WORK" \
            -Dmdep.overWriteReleases=true
    fi
    STOCK_HOME="$WORK/apache-karaf-$KARAF_VERSION"
    rm -rf "$STOCK_HOME"
    (cd "$WORK" && unzip -q "$zip")
    # same demo user as the distribution, so that bin/client can log in
    printf 'karaf = karaf,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' \
        >> "$STOCK_HOME/etc/users.properties"
    # avoid a clash with a distribution left running elsewhere: ports are the defaults, the Albero one is stopped
    RUNNING="$STOCK_HOME"
    t0="$(now_ms)"
    "$STOCK_HOME/bin/start"
    stock_ms="$(wait_until "$STOCK_HOME" "shell:echo ready" "" "^ready" "$BOOT_TIMEOUT" "$t0")"
    stock_rss="$(rss_mib "$STOCK_HOME")"
    stop_karaf "$STOCK_HOME"
    RUNNING=""
    echo
    echo "Stock Apache Karaf $KARAF_VERSION"
    printf '  %-44s %8s ms\n' "cold boot until the console answers" "$stock_ms"
    printf '  %-44s %8s MiB\n' "RSS after boot" "$stock_rss"
fi
