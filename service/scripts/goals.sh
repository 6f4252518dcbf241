#!/usr/bin/env bash
# Every speed goal of the service, measured on one machine in one run, each printed against its goal:
#   service/scripts/goals.sh [h2|postgres] [SECONDS=30] [CONNECTIONS=32]
# 1. load.sh: start to the first 201, then Frontdoor and the stack's yardstick under wrk (requests/s,
#    p50/p99, service CPU per request, the ratio);
# 2. `java -jar frontdoor.jar recommend FILE` on the contract's example referral, RUNS (5) times, wall and CPU;
# 3. JMH RecommendBenchmark (sample mode, as the service evaluates: monitoring=kie), p50 of one recommendation.
# Build first: mvn -B -q package -DskipTests (the jar) — JMH compiles the test-cases module itself.
# RECOMMEND_OPTS: JVM options for the recommend runs (e.g. a CDS archive); RUNS: how many recommend runs;
# JMH_ARGS: forks and iterations (default -f 1 -wi 5 -i 5).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
OUT=$(mktemp -d /tmp/frontdoor-goals.XXXXXX)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/ { print $2 }') GB;" \
  "$(java -version 2>&1 | head -1); $(date -u '+%F %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg)"

./load.sh "${1:-h2}" "${2:-30}" "${3:-32}" | tee "$OUT/load.txt"

FILE=$ROOT/service/scripts/recommend-example.json
sed "s/%s/GOALS-1/" referral.json >"$FILE"
for i in $(seq 1 "${RUNS:-5}"); do
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.$i" java ${RECOMMEND_OPTS:-} -jar "$ROOT/service/target/frontdoor.jar" recommend "$FILE" >/dev/null
done
rm -f "$FILE"
cat "$OUT"/time.* | awk '{ printf "recommend: %.2f s wall, %.2f s CPU, %d MB peak RSS\n", $1, $2 + $3, $4 / 1024 }' | tee "$OUT/recommend.txt"

(cd "$ROOT" && mvn -B -q -o -pl test-cases -am test-compile exec:exec@jmh -DskipTests \
  -Dbench="RecommendBenchmark.recommend\$ -p monitoring=kie -bm sample ${JMH_ARGS:--f 1 -wi 5 -i 5}") | tee "$OUT/jmh.txt"

echo
echo "== against the goals (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
awk '/start-up to first 201/ { print "start to first 201: " $5 " s wall, " $8 " s CPU (goal 5 s wall)" }' "$OUT/load.txt"
awk '/^== frontdoor/ { f = 1 } /^== stack-baseline/ { f = 0 }
     f && /ms per request/ { print "CPU per referral: " $5 " ms (goal 0.7 ms)" }
     f && /Requests\/sec/ { print "throughput: " $2 " referrals/s (goal 1,500/s)" }
     f && /^ +50%/ { print "p50: " $2 }
     f && /^ +99%/ { print "p99: " $2 " (goal 50 ms)" }' "$OUT/load.txt"
awk '/Frontdoor \/ stack baseline/ { print "ratio to the bare endpoint: " $NF " (goal 50%)" }' "$OUT/load.txt"
sort -k2 -n "$OUT/recommend.txt" | awk '{ w[NR] = $2 } END { print "recommend, median of " NR ": " w[int((NR + 1) / 2)] " s wall (goal 1.5 s)" }'
awk '/recommend.*p0.50/ { print "one recommendation, JMH p50: " $(NF-1) " " $NF " (goal 50 µs)" }' "$OUT/jmh.txt"
echo "all output: $OUT"
