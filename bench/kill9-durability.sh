#!/usr/bin/env bash
# kill -9 durability of the Albero store: measurements whose id was printed survive a crash of the Karaf JVM.
#
#   1. copies the built distribution (karaf-dist/target/assembly) into a private folder on free ports
#      (it never touches the original nor a Karaf already running), and starts it on fresh data;
#   2. imports a small plan (albero:import of a plan file, see PLAN_FILE below);
#   3. writes measurements with albero:measure from WRITERS concurrent client loops, keeping every printed id;
#   4. once at least KILL_AFTER ids were printed, kill -9 the Karaf JVM while the writers are still writing;
#   5. restarts Karaf on the same data and checks that the store comes up (the Derby database opens) and that
#      every printed id is listed by albero:measurements.
# Exit 0 when every printed id is there; 1 otherwise. Run by CI after mvn install.
#
# Environment: DIST (the distribution to copy), PLAN_FILE (a plan in the albero-piano/1 format with indicator
# KILL_CODE; default: a two-indicator plan written by this script), KILL_CODE (default KILL-01.1),
# KILL_AFTER (default 20), WRITERS (default 2), BOOT_TIMEOUT seconds (default 180), KEEP=yes keeps the copy.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="${DIST:-$ROOT/karaf-dist/target/assembly}"
KILL_CODE="${KILL_CODE:-KILL-01.1}"
KILL_AFTER="${KILL_AFTER:-20}"
WRITERS="${WRITERS:-2}"
BOOT_TIMEOUT="${BOOT_TIMEOUT:-180}"
KEEP="${KEEP:-no}"

if [ -z "${JAVA_HOME:-}" ] && command -v javac >/dev/null 2>&1; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
export JAVA_HOME

[ -x "$DIST/bin/start" ] || { echo "FAIL: nessuna distribuzione in $DIST (eseguire prima mvn install)" >&2; exit 1; }

WORK="$(mktemp -d /tmp/albero-kill9-XXXXXX)"
HOME_K="$WORK/karaf"
IDS="$WORK/printed-ids.txt"
: > "$IDS"
WRITER_PIDS=()

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
karaf_pid() {
    local f="$HOME_K/karaf.pid"
    if [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; then cat "$f"; fi
}
cleanup() {
    for p in "${WRITER_PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
    local pid
    pid="$(karaf_pid || true)"
    if [ -n "$pid" ]; then
        "$HOME_K/bin/stop" >/dev/null 2>&1 || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    if [ "$KEEP" = yes ]; then echo "copia conservata in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

# 1. a private copy on free ports, fresh data
cp -a "$DIST" "$HOME_K"
rm -rf "$HOME_K/data" "$HOME_K/karaf.pid" "$HOME_K/lock"
SSH_PORT="$(free_port)"
sed -i -E "s/^sshPort *=.*/sshPort = $SSH_PORT/" "$HOME_K/etc/org.apache.karaf.shell.cfg"
sed -i -E "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort *=.*/rmiServerPort = $(free_port)/; s/^jmxmpPort *=.*/jmxmpPort = $(free_port)/" \
    "$HOME_K/etc/org.apache.karaf.management.cfg"
sed -i -E "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $(free_port)/" "$HOME_K/etc/org.ops4j.pax.web.cfg"

client() {
    "$HOME_K/bin/client" -a "$SSH_PORT" -u karaf -p karaf -r 3 -d 1 -b 2>&1
}

start_and_wait_store() {
    "$HOME_K/bin/start"
    local deadline=$((SECONDS + BOOT_TIMEOUT)) out
    while [ $SECONDS -lt $deadline ]; do
        out="$(echo "service:list it.albero.api.store.MeasurementStore" | timeout 30 "$HOME_K/bin/client" \
            -a "$SSH_PORT" -u karaf -p karaf -r 1 -d 1 -b 2>/dev/null || true)"
        if grep -q "it.albero.store" <<<"$out"; then return 0; fi
        sleep 1
    done
    echo "FAIL: lo store non è attivo dopo ${BOOT_TIMEOUT}s; ultime righe del log:" >&2
    tail -n 40 "$HOME_K/data/log/karaf.log" >&2 || true
    return 1
}

# 2. start and import a small plan
echo "avvio di Karaf in $HOME_K (ssh $SSH_PORT)"
start_and_wait_store
PLAN_FILE="${PLAN_FILE:-$WORK/kill9-plan.yaml}"
if [ ! -f "$PLAN_FILE" ]; then
    cat > "$PLAN_FILE" <<'YAML'
formato: albero-piano/1
ente:
  codice: prova-kill9
  nome: Comune di Prova (kill -9)
piano:
  codice: PIAO-2025
  titolo: Piano di prova della durabilità
  anno_inizio: 2025
  anno_fine: 2027
  anno_riferimento: 2025
unita:
  - codice: KILL
    nome: Ufficio Prove
    tipo: ufficio
    obiettivi:
      - codice: KILL-01
        titolo: Registrare rilevazioni durante un crash
        indicatori:
          - codice: KILL-01.1
            strumento: Numero di rilevazioni
            risultato_atteso: almeno 1
            tempi: annuale
            tipo: conteggio
            parametri: {soglia: 1}
          - codice: KILL-01.2
            strumento: Atto di chiusura
            risultato_atteso: atto adottato
            tempi: entro il 31/12/2025
            tipo: traguardo
            parametri: {scadenza: 2025-12-31, atto: Determina}
YAML
fi
if echo "albero:import --help" | client | grep -q "SYNTAX"; then
    echo "albero:import $PLAN_FILE" | client | tail -n 3
else
    # Until albero:import exists: the same small plan (KILL-01.1 only) written with Karaf's jdbc:execute on
    # the datasource "albero". The store creates nothing by itself.
    echo "albero:import assente: piano minimo scritto con jdbc:execute"
    KILL_CODE=KILL-01.1
    {
        echo "jdbc:execute albero \"INSERT INTO ente (code, name) VALUES ('prova-kill9', 'Comune di Prova')\""
        echo "jdbc:execute albero \"INSERT INTO plan (ente_id, code, title, start_year, end_year, reference_year, status, version, saved_at, saved_by) SELECT id, 'PIAO-2025', 'Piano di prova', 2025, 2027, 2025, 'BOZZA', 1, CURRENT_TIMESTAMP, 'kill9' FROM ente WHERE code = 'prova-kill9'\""
        echo "jdbc:execute albero \"INSERT INTO org_unit (plan_id, sort_order, code, name, kind) SELECT id, 0, 'KILL', 'Ufficio Prove', 'UFFICIO' FROM plan WHERE code = 'PIAO-2025'\""
        echo "jdbc:execute albero \"INSERT INTO objective (plan_id, unit_id, sort_order, code, title, tags) SELECT plan_id, id, 0, 'KILL-01', 'Registrare rilevazioni durante un crash', '{}' FROM org_unit WHERE code = 'KILL'\""
        echo "jdbc:execute albero \"INSERT INTO plan_indicator (plan_id, objective_id, sort_order, code, instrument, expected_result, timing, type_id, parameters) SELECT plan_id, id, 1, 'KILL-01.1', 'Numero di rilevazioni', 'almeno 1', '{}', 'conteggio', '{}' FROM objective WHERE code = 'KILL-01'\""
    } | client
fi
if ! echo "albero:measurements $KILL_CODE" | client | grep -q -E "Nessuna rilevazione|rilevazioni per"; then
    echo "FAIL: l'indicatore $KILL_CODE non è nell'archivio dopo albero:import (serve il comando albero:import" \
        "e un piano con quell'indicatore: PLAN_FILE, KILL_CODE)" >&2
    exit 1
fi

# 3. writers: each client call records 5 measurements; a printed id is kept as soon as the client prints it
writer() {
    local n="$1" i=0
    while true; do
        {
            for k in 1 2 3 4 5; do
                i=$((i + 1))
                echo "albero:measure $KILL_CODE 2025-0$(( (i % 9) + 1 ))-15 valore=$i --note writer-$n-$i"
            done
        } | client | sed -n -E 's/.*Rilevazione ([0-9]+) registrata.*/\1/p' >> "$IDS" || true
    done
}
for w in $(seq 1 "$WRITERS"); do
    writer "$w" &
    WRITER_PIDS+=("$!")
done

# 4. kill -9 the JVM once enough ids were printed, while the writers go on
deadline=$((SECONDS + 300))
while [ "$(wc -l < "$IDS")" -lt "$KILL_AFTER" ]; do
    [ $SECONDS -lt $deadline ] || { echo "FAIL: solo $(wc -l < "$IDS") id stampati in 300 s" >&2; exit 1; }
    sleep 0.2
done
PID="$(karaf_pid)"
kill -9 "$PID"
echo "kill -9 $PID dopo $(wc -l < "$IDS") id stampati"
sleep 2
for p in "${WRITER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
WRITER_PIDS=()
sort -n -u "$IDS" -o "$IDS"
PRINTED="$(wc -l < "$IDS")"

# 5. restart on the same data: the database opens and every printed id is there
rm -f "$HOME_K/karaf.pid"
echo "riavvio"
start_and_wait_store
LISTED="$WORK/listed-ids.txt"
echo "albero:measurements $KILL_CODE" | client | sed -n -E 's/^ *([0-9]+) *\|.*/\1/p' | sort -n -u > "$LISTED"
MISSING="$(comm -23 "$IDS" "$LISTED" | tr '\n' ' ')"
echo "id stampati prima del crash: $PRINTED; rilevazioni dopo il riavvio: $(wc -l < "$LISTED")"
if [ -n "$MISSING" ]; then
    echo "FAIL: rilevazioni stampate ma perse: $MISSING" >&2
    exit 1
fi
echo "OK: tutte le $PRINTED rilevazioni con id stampato sono presenti dopo kill -9 e riavvio"
