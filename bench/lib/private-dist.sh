# A private copy of the built distribution on free ports, for scripts that start Karaf and drive it (sourced, not run):
# bench/kill9-durability.sh and browser-tests/run.sh. It never touches the original nor a Karaf already running.
#
#   dist_copy DIST DEST     copies DIST into DEST on fresh data and free ports; sets HOME_K, SSH_PORT, HTTP_PORT
#   dist_start_and_wait     bin/start, then waits until albero:plans lists SEED_PLAN's ente (BOOT_TIMEOUT seconds)
#   dist_client             bin/client in batch mode as karaf, commands on standard input
#   dist_stop               bin/stop, then kill -9 if the JVM is still there after 10 s
#   karaf_pid               the pid of the running copy, or nothing

SEED_PLAN="${SEED_PLAN:-cesano-boscone/PIAO-2025}"
BOOT_TIMEOUT="${BOOT_TIMEOUT:-180}"

if [ -z "${JAVA_HOME:-}" ] && command -v javac >/dev/null 2>&1; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
export JAVA_HOME

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

dist_copy() {
    local dist="$1" dest="$2"
    [ -x "$dist/bin/start" ] || { echo "FAIL: nessuna distribuzione in $dist (eseguire prima mvn install)" >&2; return 1; }
    HOME_K="$dest"
    cp -a "$dist" "$HOME_K"
    rm -rf "$HOME_K/data" "$HOME_K/karaf.pid" "$HOME_K/lock"
    SSH_PORT="$(free_port)"
    HTTP_PORT="$(free_port)"
    sed -i -E "s/^sshPort *=.*/sshPort = $SSH_PORT/" "$HOME_K/etc/org.apache.karaf.shell.cfg"
    sed -i -E "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort *=.*/rmiServerPort = $(free_port)/; s/^jmxmpPort *=.*/jmxmpPort = $(free_port)/" \
        "$HOME_K/etc/org.apache.karaf.management.cfg"
    sed -i -E "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" "$HOME_K/etc/org.ops4j.pax.web.cfg"
}

karaf_pid() {
    local f="$HOME_K/karaf.pid"
    if [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; then cat "$f"; fi
}

dist_client() {
    "$HOME_K/bin/client" -a "$SSH_PORT" -u karaf -p karaf -r 3 -d 1 -b 2>&1
}

dist_start_and_wait() {
    "$HOME_K/bin/start"
    local deadline=$((SECONDS + BOOT_TIMEOUT)) out
    while [ $SECONDS -lt $deadline ]; do
        out="$(echo "albero:plans" | timeout 30 "$HOME_K/bin/client" \
            -a "$SSH_PORT" -u karaf -p karaf -r 1 -d 1 -b 2>/dev/null || true)"
        if grep -q -F "${SEED_PLAN%%/*}" <<<"$out"; then return 0; fi
        sleep 1
    done
    echo "FAIL: albero:plans non elenca $SEED_PLAN dopo ${BOOT_TIMEOUT}s; ultime righe del log:" >&2
    tail -n 40 "$HOME_K/data/log/karaf.log" >&2 || true
    return 1
}

dist_stop() {
    local pid
    pid="$(karaf_pid || true)"
    if [ -n "$pid" ]; then
        "$HOME_K/bin/stop" >/dev/null 2>&1 || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
}
