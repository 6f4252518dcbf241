#!/usr/bin/env bash
# Load test of POST /api/v1/referrals on loopback with wrk (Debian package `wrk`), bounded in time.
#   service/scripts/load.sh [h2|postgres] [SECONDS=30] [CONNECTIONS=32]
# Starts the built jar on a fresh database in a temp folder (PostgreSQL: a throw-away cluster from Debian's
# binaries), reports start-up time to the first 201, wrk's throughput and latency, the service's peak RSS,
# and the audit chain check afterwards (every acknowledged recommendation has its audit row).
set -euo pipefail
cd "$(dirname "$0")"
DB=${1:-h2}
DURATION=${2:-30}
CONNECTIONS=${3:-32}
WORK=$(mktemp -d /tmp/frontdoor-load.XXXXXX)
source ./lib.sh
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }

cleanup() {
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "${SERVICE_PID:-}" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  [ "$DB" = postgres ] && stop_postgres
  echo "work folder: $WORK"
}
trap cleanup EXIT

[ "$DB" = postgres ] && start_postgres
start_service
echo "database: $DB; JAVA_OPTS: $JAVA_OPTS"
echo "start-up to first 201: ${STARTUP_S} s wall, ${STARTUP_CPU_S} s CPU; load average $(cut -d' ' -f1-3 /proc/loadavg)"

wrk -t2 -c"$CONNECTIONS" -d10s -s post.lua "$BASE" >/dev/null   # warm-up, not measured
echo "RSS after warm-up: $(rss_mb "$SERVICE_PID") MB"
( peak=0; while kill -0 "$SERVICE_PID" 2>/dev/null; do r=$(rss_mb "$SERVICE_PID"); [ "$r" -gt "$peak" ] && peak=$r; echo "$peak" >"$WORK/rss"; sleep 0.5; done ) &
SAMPLER=$!
CPU0=$(cpu_s "$SERVICE_PID")
RUN=measured wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s post.lua "$BASE"
echo "service CPU during the measured run: $(echo "$(cpu_s "$SERVICE_PID") - $CPU0" | bc) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "peak RSS under load: $(cat "$WORK/rss") MB"
echo "audit chain: $(curl -s -u auditor:demo "$BASE/api/v1/audit/verify")"
echo "referrals stored: $(curl -s -u worker:demo "$BASE/api/v1/referrals?size=1" | sed 's/.*"totalItems":\([0-9]*\).*/\1/')"
