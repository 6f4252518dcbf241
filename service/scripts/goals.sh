#!/usr/bin/env bash
# Every speed goal of the service, measured on one machine in one run, each printed against its goal:
#   service/scripts/goals.sh [h2|postgres] [SECONDS=30] [CONNECTIONS=32]
# In this order: 2 and 3 (the starts), then 1 (the load), then 4.
# 1. load.sh: start to the first 201, then Frontdoor and the stack's yardstick under wrk (requests/s,
#    p50/p99, service CPU per request, the ratio); with the shipped JVM options (Parallel GC), then again
#    with G1 (G1_OPTS), which trades CPU per referral for shorter pauses (docs/benchmarks.md);
# 2. `java -jar frontdoor.jar recommend FILE` on the contract's example referral, RUNS (5) times, wall and CPU;
# 3. startup.sh: restarts on the same database (the compiled version loaded from the compile cache), with the
#    jar as built (its libraries in lib/ beside it, its beans prepared at build time), then without the prepared
#    beans (-Dspring.aot.enabled=false), then with the class archive of cds.sh, each on this Java;
#    recommend again with that archive;
# 4. JMH RecommendBenchmark (sample mode, as the service evaluates: monitoring=kie), p50 of one recommendation.
# JAVA25=DIR (e.g. /usr/lib/jvm/temurin-25-jdk-amd64) adds the archive runs on that Java (an AOT cache).
# Build first: mvn -B -q package -DskipTests (the jar) — JMH compiles the test-cases module itself.
# RECOMMEND_OPTS: JVM options for the recommend runs (e.g. a CDS archive); RUNS: how many recommend runs;
# JMH_ARGS: forks and iterations (default -f 1 -wi 5 -i 5).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
OUT=$(mktemp -d /tmp/frontdoor-goals.XXXXXX)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/ { print $2 }') GB;" \
  "$(java -version 2>&1 | head -1); $(date -u '+%F %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg)"

FILE=$OUT/recommend-example.json
sed "s/%s/GOALS-1/g" referral.json >"$FILE"
# recommend_runs LABEL JAVA JAR [OPTIONS...]: RUNS runs after one that fills the compile cache, median wall
recommend_runs() {
  local label=$1 java=$2 jar=$3; shift 3
  "$java" "$@" -jar "$jar" recommend --cache "$OUT/cache" "$FILE" >/dev/null
  for i in $(seq 1 "${RUNS:-5}"); do
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.$i" "$java" "$@" -jar "$jar" recommend --cache "$OUT/cache" "$FILE" >/dev/null
  done
  cat "$OUT"/time.* | sort -n | awk -v l="$label" '{ w[NR] = $1; c[NR] = $2 + $3; m[NR] = $4 }
    END { k = int((NR + 1) / 2); printf "recommend (%s): median of %d: %.2f s wall, %.2f s CPU, %d MB peak RSS (goal 1.5 s wall)\n", l, NR, w[k], c[k], m[k] / 1024 }' \
    | tee -a "$OUT/summary.txt"
}
recommend_runs "java -jar frontdoor.jar" java "$ROOT/service/target/frontdoor.jar"

# restarts LABEL: startup.sh's restarts, with JAVA, JAR and JAVA_OPTS as set by the caller
restarts() {
  ./startup.sh 3 | tee "$OUT/startup.txt"
  awk -v l="$1" '/^first start/ { gsub(/,/, ""); f = $9 } /^restart/ { gsub(/,/, ""); w = w " " $8; c = c " " $11 }
    END { print "restart to first 201 (" l "): wall" w " s; CPU" c " s (goal 5 s wall); first start " f " s" }' "$OUT/startup.txt" | tee -a "$OUT/summary.txt"
}
restarts "java -jar frontdoor.jar, Java 17"
# the same jar without the bean definitions the build prepared (Spring AOT off), for comparison
JAVA_OPTS="-Dspring.aot.enabled=false" restarts "java -Dspring.aot.enabled=false -jar frontdoor.jar, Java 17"
# archives JAVA LABEL: cds.sh for that Java, then the service's restarts and recommend with its archives
archives() {
  JAVA=$1 ./cds.sh >/dev/null
  JAVA=$1 JAR=$ROOT/service/target/cds/frontdoor.jar JAVA_OPTS="$(cat "$ROOT/service/target/cds/service.opts")" restarts "$2"
  # shellcheck disable=SC2046
  recommend_runs "$2" "$1" "$ROOT/service/target/cds/frontdoor.jar" $(cat "$ROOT/service/target/cds/cli.opts")
}
archives java "class archive, Java 17"
[ -n "${JAVA25:-}" ] && archives "$JAVA25/bin/java" "AOT cache, Java 25"

# the load after the starts, so that the starts are measured on a machine not yet loaded
./load.sh "${1:-h2}" "${2:-30}" "${3:-32}" | tee "$OUT/load.txt"
G1_OPTS=${G1_OPTS:--Xms192m -Xmx192m -XX:+UseG1GC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -Xss512k}
JAVA_OPTS=$G1_OPTS ./load.sh "${1:-h2}" "${2:-30}" "${3:-32}" | tee "$OUT/load-g1.txt"

(cd "$ROOT" && mvn -B -q -o -pl test-cases -am test-compile exec:exec@jmh -DskipTests \
  -Dbench="RecommendBenchmark.recommend\$ -p monitoring=kie -bm sample ${JMH_ARGS:--f 1 -wi 5 -i 5}") | tee "$OUT/jmh.txt"

echo
echo "== against the goals (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
# figures FILE LABEL: the load run's figures against the goals
figures() {
  echo "-- load, $2"
  awk '/^== frontdoor/ { f = 1 } /^== stack-baseline/ { f = 0 }
       f && /ms per request/ { print "CPU per referral: " $5 " ms (goal 0.7 ms)" }
       f && /Requests\/sec/ { print "throughput: " $2 " referrals/s (goal 1,500/s)" }
       f && /^ +50%/ { print "p50: " $2 }
       f && /^ +99%/ { print "p99: " $2 " (goal 50 ms)" }' "$1"
  awk '/Frontdoor \/ stack baseline/ { print "ratio to the bare endpoint: " $NF " (goal 50%)" }
       /peak RSS/ { print }' "$1"
}
figures "$OUT/load.txt" "shipped options (Parallel GC)"
figures "$OUT/load-g1.txt" "G1: $G1_OPTS"
cat "$OUT/summary.txt"
awk '/recommend.*p0.50/ { print "one recommendation, JMH p50: " $(NF-1) " " $NF " (goal 50 µs)" }' "$OUT/jmh.txt"
echo "all output: $OUT"
