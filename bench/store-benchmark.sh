#!/usr/bin/env bash
# The store's costs on embedded Derby and on PostgreSQL (started on loopback from Debian's postgresql package):
# median ms to record one measurement (commit included), to save and to load a whole plan of ~300 indicators.
# Not a test: it prints figures. Compare figures of one machine.
#
# Usage: bench/store-benchmark.sh [measurements (300)] [indicators (300)]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
OFFLINE="${OFFLINE:--o}"
# each module by its own pom: the rest of the reactor is not read
mvn -B -q $OFFLINE -f platform-core/api/pom.xml install -DskipTests
mvn -B -q $OFFLINE -f platform-core/store/pom.xml install -DskipTests
mvn -B -q $OFFLINE -f platform-core/store/pom.xml dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
STORE="$ROOT/platform-core/store"
exec java -Dderby.stream.error.file="$STORE/target/derby-bench.log" \
    -cp "$STORE/target/test-classes:$STORE/target/classes:$(cat "$STORE/target/test-classpath.txt")" \
    it.albero.store.internal.StoreBenchmark "$@"
