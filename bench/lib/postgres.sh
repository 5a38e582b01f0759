# A throw-away PostgreSQL cluster on loopback for the scripts, from Debian's binaries (/usr/lib/postgresql/*/bin),
# and a private distribution copy pointed at it (sourced after private-dist.sh, which gives free_port and HOME_K).
# As root the cluster belongs to user postgres (or nobody) and its commands run through runuser.
#
#   pg_start DIR            initdb in DIR (superuser albero, trust on loopback), start on a free port, create the
#                           database albero; sets PG_DIR, PG_PORT
#   pg_stop                 stops the cluster started by pg_start (nothing when none)
#   pg_as CMD...            runs a command as the cluster's owner
#   dist_use_postgres       the copy in HOME_K uses the cluster: its datasource file (pax-jdbc-config, dbcp2 pool)
#                           and the driver feature pax-jdbc-postgresql at boot (it is in system/: offline)

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}"
PG_DIR=""
PG_PORT=""
PG_USER=""

pg_as() {
    if [ -n "$PG_USER" ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

pg_start() {
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
        echo "FAIL: PostgreSQL non installato (/usr/lib/postgresql/*/bin/initdb assente): apt-get install -y postgresql" >&2
        return 1
    fi
    PG_DIR="$1"
    mkdir -p "$PG_DIR"
    if [ "$(id -u)" = 0 ]; then
        PG_USER=postgres
        id postgres >/dev/null 2>&1 || PG_USER=nobody
        chown -R "$PG_USER" "$PG_DIR"
    fi
    PG_PORT="$(free_port)"
    pg_as "$PG_BIN/initdb" -D "$PG_DIR/data" -U albero --auth=trust -E UTF8 --locale=C -N >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; echo "FAIL: initdb" >&2; return 1; }
    pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null \
        || { cat "$PG_DIR/server.log" >&2; echo "FAIL: avvio di PostgreSQL" >&2; return 1; }
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U albero -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE albero"
}

pg_stop() {
    if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
        pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
}

dist_use_postgres() {
    cat >"$HOME_K/etc/org.ops4j.datasource-albero.cfg" <<CFG
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
dataSourceName = albero
url = jdbc:postgresql://127.0.0.1:$PG_PORT/albero?reWriteBatchedInserts=true
user = albero
password = albero
pool = dbcp2
xa = false
pool.maxTotal = 8
pool.testOnBorrow = true
CFG
    sed -i -E 's/^(featuresBoot *= *)/\1pax-jdbc-postgresql, /' "$HOME_K/etc/org.apache.karaf.features.cfg"
    grep -q "pax-jdbc-postgresql" "$HOME_K/etc/org.apache.karaf.features.cfg" \
        || { echo "FAIL: featuresBoot non trovato in etc/org.apache.karaf.features.cfg" >&2; return 1; }
}
