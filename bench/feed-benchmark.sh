#!/usr/bin/env bash
# Feeding a big invoice list: ROWS invoices (default 100000, Italian numbers and dates) through the source
# finanziario.fatture at the console, on a private copy of the built distribution (bench/lib/private-dist.sh).
# Prints the file's size, the time of a dry run and of the real feeding, the measurements recorded, and the Karaf
# JVM's resident memory before and after (figures, not a timed test). KEEP=yes keeps the copy.
#
# By hand after a build (mvn -B install -DskipTests):   bench/feed-benchmark.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="${DIST:-$ROOT/karaf-dist/target/assembly}"
ROWS="${ROWS:-100000}"
KEEP="${KEEP:-no}"
. "$ROOT/bench/lib/private-dist.sh"

WORK="$(mktemp -d /tmp/albero-feed-bench-XXXXXX)"
cleanup() {
    if [ -n "${HOME_K:-}" ]; then dist_stop; fi
    if [ "$KEEP" = yes ]; then echo "copia conservata in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

dist_copy "$DIST" "$WORK/karaf"
dist_start_and_wait
echo "feature:install -r albero-sector-finanziario" | dist_client >/dev/null
for _ in $(seq 1 60); do
    echo "albero:feed" | dist_client | grep -q finanziario.fatture && break
    sleep 1
done

FILE="$WORK/fatture-$ROWS.csv"
python3 - "$FILE" "$ROWS" <<'PY'
import random, sys, datetime
path, rows = sys.argv[1], int(sys.argv[2])
rnd = random.Random(42)
start = datetime.date(2025, 1, 1)
with open(path, "w", encoding="utf-8") as f:
    f.write("numero;fornitore;importo;data_scadenza;data_pagamento\n")
    for n in range(1, rows + 1):
        due = start + datetime.timedelta(days=rnd.randrange(20, 320))
        paid = due + datetime.timedelta(days=rnd.randrange(-20, 45))
        cents = rnd.randrange(1000, 5000000)
        amount = f"{cents // 100:,}".replace(",", ".") + "," + f"{cents % 100:02d}"
        f.write(f"{n}/2025;Fornitore {n % 997};{amount};{due:%d/%m/%Y};{paid:%d/%m/%Y}\n")
PY
rss() { ps -o rss= -p "$(karaf_pid)" | awk '{printf "%.0f MiB", $1/1024}'; }
echo "file: $ROWS fatture, $(du -h "$FILE" | cut -f1)"
echo "memoria residente di Karaf prima: $(rss)"
t0=$(date +%s.%N)
echo "albero:feed --dry-run finanziario.fatture $FILE" | dist_client | grep -E "Verifica|errori|:[0-9]+:" | head -4
t1=$(date +%s.%N)
echo "albero:feed finanziario.fatture $FILE" | dist_client | grep -E "Acquisito|errori" | head -2
t2=$(date +%s.%N)
echo "prova (dry run): $(echo "$t1 - $t0" | bc) s; acquisizione: $(echo "$t2 - $t1" | bc) s (client compreso, circa 1 s)"
echo "memoria residente di Karaf dopo: $(rss)"
echo "albero:eval TRA1" | dist_client | grep -E "TRA1-07" | head -3
