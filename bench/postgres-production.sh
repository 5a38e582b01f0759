#!/usr/bin/env bash
# Walks README's "PostgreSQL in production" for real, on loopback: a throw-away PostgreSQL cluster (Debian's binaries)
# on a free port, the database and user created with psql, a private copy of the built distribution switched to
# PostgreSQL by etc/org.ops4j.datasource-albero.cfg alone (plus the driver feature at boot). It checks that the
# distribution boots, migrates, loads the demo plan and serves the REST API; records a measurement; backs up with
# pg_dump -Fc, restores with pg_restore into a new database, points the distribution at it and finds the plan and the
# measurement again. Prints PASS or FAIL lines; exit status 0 only when everything passed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
. bench/lib/private-dist.sh

DIST="${DIST:-$ROOT/karaf-dist/target/assembly}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
WORK="$(mktemp -d /tmp/albero-pgprod-XXXXXX)"
chmod 755 "$WORK"
PG_DIR="$WORK/pg"
PG_USER=""
HOME_K=""
FAILED=0

pg_as() { if [ -n "$PG_USER" ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi; }
cleanup() {
    [ -z "$HOME_K" ] || dist_stop || true
    pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
check() { if eval "$2"; then echo "PASS: $1"; else echo "FAIL: $1"; FAILED=1; fi; }

mkdir -p "$PG_DIR"
if [ "$(id -u)" = 0 ]; then
    PG_USER="$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)"
    chown -R "$PG_USER" "$PG_DIR"
fi
PG_PORT="$(free_port)"
# the cluster's superuser is 'postgres'; password authentication on TCP, as on a server
echo postgres >"$PG_DIR/pw"
[ -z "$PG_USER" ] || chown "$PG_USER" "$PG_DIR/pw"
pg_as "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$PG_DIR/pw" -E UTF8 --locale=C -N >"$PG_DIR/initdb.log"
pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
PSQL=(pg_as "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)

# README step 2: the database and its owner
"${PSQL[@]}" <<'SQL'
CREATE USER albero WITH PASSWORD 'cambiami';
CREATE DATABASE albero OWNER albero ENCODING 'UTF8' TEMPLATE template0;
SQL

# README steps 1 and 3: the driver feature at boot, the datasource file
dist_copy "$DIST" "$WORK/karaf"
sed -i -E 's/^(featuresBoot *= *)/\1pax-jdbc-postgresql, /' "$HOME_K/etc/org.apache.karaf.features.cfg"
datasource() {
    cat >"$HOME_K/etc/org.ops4j.datasource-albero.cfg" <<EOF
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
dataSourceName = albero
url = jdbc:postgresql://127.0.0.1:$PG_PORT/$1?reWriteBatchedInserts=true
user = albero
password = cambiami
pool = dbcp2
xa = false
pool.maxTotal = 8
pool.testOnBorrow = true
EOF
}
datasource albero

# README step 4: first start, migrations, demo plan
dist_start_and_wait
check "boot on PostgreSQL, demo plan loaded (albero:plans)" true
check "migrations applied (schema_version up to V7 or later)" \
    "[ \"\$(pg_as $PG_BIN/psql -h $PG_DIR -p $PG_PORT -U postgres -d albero -Atc 'SELECT COUNT(*) FROM plan')\" -ge 1 ]"
check "no Derby database created" "[ ! -d \"$HOME_K/data/derby/albero\" ]"
A="http://127.0.0.1:$HTTP_PORT/api/v1"
P="$A/plans/cesano-boscone/PIAO-2025"
code=""
for _ in $(seq 1 60); do
    code="$(curl -s -o "$WORK/plans.json" -w '%{http_code}' -u lettore:lettore "$A/plans" || true)"
    [ "$code" = 200 ] && break
    sleep 1
done
check "REST GET /plans answers 200 with the demo plan" "[ \"$code\" = 200 ] && grep -q cesano-boscone \"$WORK/plans.json\""
code="$(curl -s -o "$WORK/m.json" -w '%{http_code}' -u entrate:entrate -H 'Content-Type: application/json' \
    -d '{"date":"2025-06-30","values":{"numeratore":1200,"denominatore":1500},"evidence":"Determina n. 123"}' \
    "$P/indicators/ENT-04.1/measurements" || true)"
check "REST POST a measurement answers 201" "[ \"$code\" = 201 ]"
echo "albero:generate --enti 5 --seed 1" | dist_client | tail -1
echo "albero:eval-all --as-of 2025-12-31 --quiet" | dist_client | tail -1

# README step 5: backup with pg_dump (custom format), restore into a new database
pg_as "$PG_BIN/pg_dump" -h "$PG_DIR" -p "$PG_PORT" -U postgres -Fc -d albero -f "$PG_DIR/albero.dump"
check "pg_dump wrote a dump" "[ -s \"$PG_DIR/albero.dump\" ]"
dist_stop
"${PSQL[@]}" -c "CREATE DATABASE albero_ripristino OWNER albero ENCODING 'UTF8' TEMPLATE template0"
pg_as "$PG_BIN/pg_restore" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d albero_ripristino --no-owner --role=albero \
    "$PG_DIR/albero.dump"
datasource albero_ripristino
dist_start_and_wait
out="$(echo "albero:measurements --plan cesano-boscone/PIAO-2025 ENT-04.1" | dist_client)"
check "after pg_restore the measurement is there (albero:measurements)" "grep -q '1200\\|1.200' <<<\"\$out\""
out="$(echo "albero:plans" | dist_client)"
check "after pg_restore the generated enti are there" "grep -q 'C0005' <<<\"\$out\""
echo "(dettaglio in $WORK)"
exit $FAILED
