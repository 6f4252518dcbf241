#!/usr/bin/env bash
# Two builds or two sets of JVM options side by side, under the same load at the same moment, so that the
# machine's own drift (on a shared 2-core machine its speed moves by up to twice within the hour) falls on
# both alike. For deciding between two variants, not for the goals (load.sh and goals.sh give those).
#   [JAR_A=FILE] [JAR_B=FILE] [OPTS_A=...] [OPTS_B=...] [DB_ARGS_A=...] [DB_ARGS_B=...]
#   service/scripts/paired.sh [ROUNDS=4] [SECONDS=20] [CONNECTIONS_EACH=16]
# Starts A on port 18481 and B on 18482, each on a fresh H2 database in its own temp folder, warms both, then
# in each round loads both at once (one wrk each) and prints each one's service CPU per referral, referrals/s
# and p99; last, the medians.
set -euo pipefail
cd "$(dirname "$0")"
ROUNDS=${1:-4}
DURATION=${2:-20}
CONNECTIONS=${3:-16}
ROOT=$(cd ../.. && pwd)
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
WORK_A=$(mktemp -d /tmp/frontdoor-paired-a.XXXXXX)
WORK_B=$(mktemp -d /tmp/frontdoor-paired-b.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  rm -rf "$WORK_A/data" "$WORK_B/data"
  echo "work folders: $WORK_A $WORK_B"
}
trap cleanup EXIT

# start SIDE: the side's jar, options and database arguments, in its own folder and port (lib.sh's start_service)
start() {
  local side=$1
  eval "WORK=\$WORK_$side; JAR=\${JAR_$side:-$ROOT/service/target/frontdoor.jar}; JAVA_OPTS=\${OPTS_$side:-}; DB_ARGS=\${DB_ARGS_$side:-}"
  PORT=$([ "$side" = A ] && echo 18481 || echo 18482)
  [ -n "$JAVA_OPTS" ] || unset JAVA_OPTS
  source ./lib.sh
  start_service
  echo "$side: $JAR, $JAVA_OPTS $DB_ARGS; started in $STARTUP_S s"
  eval "PID_$side=$SERVICE_PID; BASE_$side=$BASE"
  PIDS+=("$SERVICE_PID")
}
start A
start B

# both ROUND SECONDS: both loaded at once, one wrk each; prints one line per side
both() {
  local cpu_a cpu_b other
  cpu_a=$(cpu_s "$PID_A"); cpu_b=$(cpu_s "$PID_B")
  RUN="a$1$SECONDS" wrk -t1 -c"$CONNECTIONS" -d"$2s" --latency -s post.lua "$BASE_A" >"$WORK_A/wrk.out" &
  other=$!
  RUN="b$1$SECONDS" wrk -t1 -c"$CONNECTIONS" -d"$2s" --latency -s post.lua "$BASE_B" >"$WORK_B/wrk.out"
  wait "$other"
  for side in A B; do
    eval "local w=\$WORK_$side pid=\$PID_$side cpu0=\$cpu_$(echo $side | tr AB ab)"
    echo "$1 $side $(ms_per_request "$cpu0" "$(cpu_s "$pid")" "$(wrk_requests <"$w/wrk.out")") $(wrk_rps <"$w/wrk.out") $(wrk_p99 <"$w/wrk.out")"
  done
}
for i in 1 2 3 4; do both warm 30 >/dev/null; done   # the JIT keeps compiling the request path for some 100,000 requests
echo "round side ms-CPU-per-referral referrals/s p99"
for i in $(seq 1 "$ROUNDS"); do both "$i" "$DURATION"; done | tee "$WORK_A/rounds"
for side in A B; do
  echo "median $side: $(awk -v s=$side '$2 == s { print $3 }' "$WORK_A/rounds" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }') ms per referral"
done
