#!/usr/bin/env bash
# Two instances on one PostgreSQL, as behind a load balancer: both are sent referrals from several threads,
# instance A is killed with kill -9 part-way while B keeps answering; then every referral either acknowledged
# (201/200) is looked up through B, and B verifies the audit chain. Exit status 1 if any is lost or the chain
# is broken.
#   service/scripts/crash-two.sh [THREADS_EACH=4] [KILL_AFTER_SECONDS=15]
set -euo pipefail
cd "$(dirname "$0")"
THREADS=${1:-4}
KILL_AFTER=${2:-15}
WORK=$(mktemp -d /tmp/frontdoor-crash-two.XXXXXX)
source ./lib.sh
PORT_A=$PORT
PORT_B=$((PORT + 1))

cleanup() {
  for pid in ${PID_A:-} ${PID_B:-}; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  stop_postgres
  echo "work folder: $WORK"
}
trap cleanup EXIT

start_postgres
PG_ARGS=$DB_ARGS
# instance NAME PORT: starts one instance; sets SERVICE_PID
instance() {
  PORT=$2; BASE=http://127.0.0.1:$2; DB_ARGS="$PG_ARGS --frontdoor.instance-name=$1"
  start_service
  echo "instance $1 on port $2 started in ${STARTUP_S} s"
}
instance a "$PORT_A"; PID_A=$SERVICE_PID
instance b "$PORT_B"; PID_B=$SERVICE_PID
A=http://127.0.0.1:$PORT_A
B=http://127.0.0.1:$PORT_B

echo "sending from $THREADS threads to each instance; kill -9 of A after ${KILL_AFTER} s; B goes on 10 s more"
send_load "$A" "$THREADS" $((KILL_AFTER + 4)) to-a; CLIENT_A=$CLIENT
send_load "$B" "$THREADS" $((KILL_AFTER + 10)) to-b; CLIENT_B=$CLIENT
sleep "$KILL_AFTER"
kill -9 "$PID_A"
wait "$PID_A" 2>/dev/null || true
echo "killed instance A (pid $PID_A)"
PID_A=
wait "$CLIENT_A" || true
wait "$CLIENT_B" || true
echo "to A:"; cat "$WORK/to-a.out"
echo "to B:"; cat "$WORK/to-b.out"

VERIFY=$(curl -s -u auditor:demo "$B/api/v1/audit/verify")
echo "audit chain, verified by B: $VERIFY"
LOST=0
java LoadClient.java check "$B" "$WORK/to-a.acked" || LOST=1
java LoadClient.java check "$B" "$WORK/to-b.acked" || LOST=1
echo "$VERIFY" | grep -q '"intact":true' || { echo "the audit chain is broken" >&2; exit 1; }
[ "$LOST" = 0 ] || { echo "acknowledged referrals were lost" >&2; exit 1; }
echo "0 acknowledged referrals lost; the chain intact"
