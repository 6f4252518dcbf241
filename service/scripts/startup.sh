#!/usr/bin/env bash
# Start-up of the service: launch to the first 201 of POST /api/v1/referrals, on a fresh H2 database in a temp
# folder, then RUNS restarts on the same database and data folder (the compiled version loaded from
# DATA_DIR/compiled, docs/operations.md "Compiled versions").
#   [JAR=...] [JAVA=...] [JAVA_OPTS=...] service/scripts/startup.sh [RUNS=3]
# With the class archive of service/scripts/cds.sh: JAR=service/target/cds/frontdoor.jar JAVA_OPTS="$(cat service/target/cds/service.opts)".
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${1:-3}
WORK=$(mktemp -d /tmp/frontdoor-startup.XXXXXX)
JAVA_OPTS=${JAVA_OPTS:-}
source ./lib.sh

stop_service() {
  kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=
}
cleanup() {
  [ -n "${SERVICE_PID:-}" ] && stop_service
  echo "work folder: $WORK"
}
trap cleanup EXIT

echo "$($JAVA -version 2>&1 | head -1); JAVA_OPTS: ${JAVA_OPTS:-none}; jar: $JAR"
for run in $(seq 0 "$RUNS"); do
  start_service
  label=$([ "$run" = 0 ] && echo "first start (fresh database, compiles)" || echo "restart $run (same database)")
  echo "$label: first 201 after ${STARTUP_S} s wall, ${STARTUP_CPU_S} s CPU; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_service
done
grep -h "Escalation rules of\|Policy .* compiled in" "$WORK/service.log" | sed 's/^.*INFO [0-9]* --- \[[^]]*\] */  /' || true
