#!/usr/bin/env bash
# Load test of POST /api/v1/referrals on loopback with wrk (Debian package `wrk`), bounded in time.
#   [JFR=FILE [JFR_SETTINGS=default]] [JAR=FILE] [PORT=N] [SHADOW=1] [KEEP_DATA=1] service/scripts/load.sh [h2|postgres] [SECONDS=30] [CONNECTIONS=32]
# Starts the built jar on a fresh database in a temp folder (PostgreSQL: a throw-away cluster from Debian's
# binaries), reports start-up time to the first 201, wrk's throughput and latency, the service's peak RSS,
# and the audit chain check afterwards (every acknowledged recommendation has its audit row).
# In the same run, on the same database, the same load goes to the stack's yardstick (profile stack-baseline:
# a Spring Boot endpoint that only parses the JSON and inserts it); Frontdoor's throughput is printed as a
# share of the yardstick's, and the service's CPU per request for both.
# SHADOW=1: a practice lead's draft (the version in force, unchanged) runs in shadow throughout (docs/policy.md,
# 4c): every referral is evaluated again on it, off the request path; its comparison is printed at the end.
set -euo pipefail
cd "$(dirname "$0")"
DB=${1:-h2}
DURATION=${2:-30}
CONNECTIONS=${3:-32}
WORK=$(mktemp -d /tmp/frontdoor-load.XXXXXX)
PROFILES=demo,stack-baseline
source ./lib.sh
# The yardstick is a profile's beans, which the bean definitions prepared at build time leave out (docs/operations.md,
# "Running"): this run starts without them. The request path is the same code either way.
JAVA_OPTS="$JAVA_OPTS -Dspring.aot.enabled=false"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }

cleanup() {
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "${SERVICE_PID:-}" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  [ "$DB" = postgres ] && stop_postgres
  # a run stores some 100,000 referrals (4-5 GB): the database goes, the service log stays (KEEP_DATA=1 keeps both)
  [ -z "${KEEP_DATA:-}" ] && rm -rf "$WORK/data" "$WORK/pg"
  echo "work folder: $WORK"
}
trap cleanup EXIT

[ "$DB" = postgres ] && start_postgres
start_service
echo "database: $DB; JAVA_OPTS: $JAVA_OPTS"
if [ -n "${SHADOW:-}" ]; then
  DRAFT=$(curl -s -u lead:demo -H 'Content-Type: application/json' -d '{"note": "load test shadow run"}' "$BASE/api/v1/policy/drafts" \
    | sed 's/.*"draftId" *: *"\([^"]*\)".*/\1/')
  echo "shadow run of draft $DRAFT: HTTP $(curl -s -o /dev/null -w '%{http_code}' -u lead:demo -X POST "$BASE/api/v1/policy/drafts/$DRAFT/shadow")"
fi
echo "start-up to first 201: ${STARTUP_S} s wall, ${STARTUP_CPU_S} s CPU; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Warm-up, not measured, by count: the JIT keeps compiling the request path for some 100,000 requests (after
# 20,000 the same jar used up to three times the CPU per referral of its steady state, and its C2 compiler was
# still busy after 150,000); WARMUP requests (100,000) or WARMUP_MAX seconds (300), whichever first.
WARMED=0; T0=$SECONDS
while [ "$WARMED" -lt "${WARMUP:-100000}" ] && [ $((SECONDS - T0)) -lt "${WARMUP_MAX:-300}" ]; do
  WARMED=$((WARMED + $(RUN="warm$SECONDS" wrk -t2 -c"$CONNECTIONS" -d10s -s post.lua "$BASE" | wrk_requests)))
done
echo "warm-up: $WARMED requests in $((SECONDS - T0)) s"
echo "RSS after warm-up: $(rss_mb "$SERVICE_PID") MB"
( peak=0; while kill -0 "$SERVICE_PID" 2>/dev/null; do r=$(rss_mb "$SERVICE_PID"); [ "$r" -gt "$peak" ] && peak=$r; echo "$peak" >"$WORK/rss.new" && mv "$WORK/rss.new" "$WORK/rss"; sleep 0.5; done ) &
SAMPLER=$!
# measure TARGET NAME: wrk for $DURATION s against one endpoint; sets RPS and prints CPU per request
measure() {
  local cpu0 cpu1 out
  cpu0=$(cpu_s "$SERVICE_PID")
  out=$(TARGET=$1 RUN="$2" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s post.lua "$BASE")
  cpu1=$(cpu_s "$SERVICE_PID")
  echo "== $2 ($1)"; echo "$out"
  RPS=$(echo "$out" | wrk_rps)
  echo "service CPU: $(echo "$cpu1 - $cpu0" | bc) s, $(ms_per_request "$cpu0" "$cpu1" "$(echo "$out" | wrk_requests)") ms per request; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
# the yardstick's own warm-up, not measured (its path is mostly the same code, compiled by then)
TARGET=/stack-baseline/referrals wrk -t2 -c"$CONNECTIONS" -d20s -s post.lua "$BASE" >/dev/null
# JFR=FILE: a flight recording of the service during Frontdoor's measured run. JFR_SETTINGS: default (the JDK's
# default.jfc, or a .jfc file); the JDK's `profile` settings trace every promotion in the collector and made the
# service four times slower here, so its figures are not the service's.
[ -n "${JFR:-}" ] && jcmd "$SERVICE_PID" JFR.start name=load settings="${JFR_SETTINGS:-default}" duration="${DURATION}s" filename="$JFR" >/dev/null
measure /api/v1/referrals frontdoor; FRONTDOOR_RPS=$RPS
measure /stack-baseline/referrals stack-baseline; BASELINE_RPS=$RPS
echo "Frontdoor / stack baseline: $FRONTDOOR_RPS / $BASELINE_RPS = $(echo "scale=1; 100 * $FRONTDOOR_RPS / $BASELINE_RPS" | bc)%"
echo "peak RSS under load: $(cat "$WORK/rss") MB"
echo "audit chain: $(curl -s -u auditor:demo "$BASE/api/v1/audit/verify")"
echo "referrals stored: $(curl -s -u worker:demo "$BASE/api/v1/referrals?size=1" | sed 's/.*"totalItems":\([0-9]*\).*/\1/')"
if [ -n "${SHADOW:-}" ]; then
  sleep 5 # the shadow thread reads what was stored since it last looked, every second
  echo "shadow run: $(curl -s -u lead:demo "$BASE/api/v1/policy/drafts/$DRAFT/shadow" | head -c 600)"
fi
