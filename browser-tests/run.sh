#!/usr/bin/env bash
# End-to-end tests of the web UI in a real browser: Debian's Chromium driven by playwright-core (npm; it never
# downloads a browser), axe-core run in every main page. Maven runs this in the integration-test phase of
# browser-tests/ (mvn install); by hand after a build: browser-tests/run.sh
#
#   1. npm ci when node_modules is missing or older than package-lock.json (playwright-core, axe-core: npm registry);
#   2. a private copy of karaf-dist/target/assembly on free ports, fresh data (bench/lib/private-dist.sh), started
#      and waited for until the demo plan is in the store;
#   3. node --test tests/ with BASE_URL, KARAF_HOME and SSH_PORT of that copy; screenshots under target/screenshots;
#   4. Karaf stopped, the copy deleted (KEEP=yes keeps it). Exit status: the tests'.
# Needs: node 18+, npm, /usr/bin/chromium (Debian package chromium; CHROMIUM overrides the path), python3.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
DIST="${DIST:-$ROOT/karaf-dist/target/assembly}"
KEEP="${KEEP:-no}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

command -v node >/dev/null || { echo "FAIL: node non trovato (Debian: apt-get install nodejs npm)" >&2; exit 1; }
[ -x "$CHROMIUM" ] || { echo "FAIL: $CHROMIUM non trovato (Debian: apt-get install chromium)" >&2; exit 1; }

cd "$HERE"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund --loglevel=error
    touch node_modules
fi

. "$ROOT/bench/lib/private-dist.sh"
WORK="$(mktemp -d /tmp/albero-browser-XXXXXX)"
cleanup() {
    if [ -n "${HOME_K:-}" ]; then dist_stop; fi
    if [ "$KEEP" = yes ]; then echo "copia conservata in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

dist_copy "$DIST" "$WORK/karaf"
echo "avvio di Karaf in $HOME_K (http $HTTP_PORT, ssh $SSH_PORT)"
dist_start_and_wait

mkdir -p "$HERE/target/screenshots"
export BASE_URL="http://127.0.0.1:$HTTP_PORT" KARAF_HOME="$HOME_K" SSH_PORT SCREENSHOTS="$HERE/target/screenshots"
node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=junit --test-reporter-destination="$HERE/target/browser-tests.xml" tests/
