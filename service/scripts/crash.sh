#!/usr/bin/env bash
# Crash test: send referrals from several threads, kill -9 the service part-way, restart it on the same
# database, and look up every referral that had been acknowledged (201/200). Exit status 1 if any is lost.
#   service/scripts/crash.sh [h2|postgres] [THREADS=8] [KILL_AFTER_SECONDS=15]
# The service is warmed up first (10 s of wrk, if installed), so that the kill lands in full flow.
set -euo pipefail
cd "$(dirname "$0")"
DB=${1:-h2}
THREADS=${2:-8}
KILL_AFTER=${3:-15}
WORK=$(mktemp -d /tmp/frontdoor-crash.XXXXXX)
source ./lib.sh

cleanup() {
  [ -n "${SERVICE_PID:-}" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  [ "$DB" = postgres ] && stop_postgres
  echo "work folder: $WORK"
}
trap cleanup EXIT

[ "$DB" = postgres ] && start_postgres
start_service
command -v wrk >/dev/null && wrk -t2 -c16 -d10s -s post.lua "$BASE" >/dev/null
echo "database: $DB; started in ${STARTUP_S} s (${STARTUP_CPU_S} s CPU); sending from $THREADS threads, kill -9 after ${KILL_AFTER} s"
send_load "$BASE" "$THREADS" $((KILL_AFTER + 4)) send
sleep "$KILL_AFTER"
kill -9 "$SERVICE_PID"
wait "$SERVICE_PID" 2>/dev/null || true
echo "killed pid $SERVICE_PID"
wait "$CLIENT" || true
cat "$WORK/send.out"
start_service
echo "restarted in ${STARTUP_S} s"
echo "audit chain after the crash: $(curl -s -u auditor:demo "$BASE/api/v1/audit/verify")"
java LoadClient.java check "$BASE" "$WORK/send.acked"
