# Shared by load.sh and crash.sh: start the service jar on H2 or on a throw-away PostgreSQL cluster.
# Everything runs under $WORK (a temp folder); only processes started here are stopped, by their pid.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR=${JAR:-$ROOT/service/target/frontdoor.jar}
JAVA=${JAVA:-java}
PORT=${PORT:-18481}
BASE=http://127.0.0.1:$PORT
# docs/operations.md's options: a fixed young generation with survivor spaces that hold what is alive at a young
# collection (the requests in flight), so that it dies there instead of filling the old generation
JAVA_OPTS=${JAVA_OPTS:--Xms192m -Xmx192m -XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy -Xmn64m -XX:SurvivorRatio=4 -XX:MaxTenuringThreshold=3 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -Xss512k}
# docs/operations.md: the C library held to two memory arenas (less resident memory at the same CPU)
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
DB_ARGS=${DB_ARGS:-}
PG_PORT=${PG_PORT:-55432}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }

# start_postgres: initdb + start a cluster as the postgres user under $WORK/pg
start_postgres() {
  chmod 755 "$WORK"; mkdir -p "$WORK/pg" && chown postgres "$WORK/pg" && chmod 700 "$WORK/pg"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -o "-p $PG_PORT -k /tmp" -l "$WORK/pg/server.log" -w start >/dev/null
  DB_ARGS="--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PG_PORT/postgres --spring.datasource.username=postgres --spring.datasource.password="
}

stop_postgres() {
  [ -d "$WORK/pg" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1 || true
}

# start_service: starts the jar in $WORK (so H2 lives in $WORK/data); sets SERVICE_PID and STARTUP_S
# (seconds from launch to the first 201 of POST /api/v1/referrals) and STARTUP_CPU_S (CPU seconds used by then).
start_service() {
  local t0 body id
  if curl -s -o /dev/null "$BASE/"; then
    echo "something already listens on port $PORT: stop it or set PORT=..." >&2; return 1
  fi
  t0=$(date +%s.%N)
  (cd "$WORK" && exec $JAVA $JAVA_OPTS -jar "$JAR" --spring.profiles.active=${PROFILES:-demo} --server.port=$PORT $DB_ARGS >>"$WORK/service.log" 2>&1) &
  SERVICE_PID=$!
  for _ in $(seq 1 600); do
    id="S-$(date +%s%N)"
    body=$(sed "s/%s/$id/g" "$ROOT/service/scripts/referral.json")
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -u worker:demo -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/referrals")" = 201 ]; then
      STARTUP_S=$(printf '%.1f' "$(echo "$(date +%s.%N) - $t0" | bc)")
      STARTUP_CPU_S=$(cpu_s "$SERVICE_PID")
      return 0
    fi
    kill -0 $SERVICE_PID 2>/dev/null || { echo "the service died; see $WORK/service.log" >&2; return 1; }
    sleep 0.05
  done
  echo "the service did not answer within 30 s" >&2; return 1
}

# cpu_s PID: CPU seconds (user + system) the process has used so far; unlike wall time, not inflated by
# other work on a shared machine.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

# wrk's report on stdin: how many requests it sent (wrk_requests), per second (wrk_rps), its p99 (wrk_p99)
wrk_requests() { awk '/requests in/ { print $1 }'; }
wrk_rps() { awk '/Requests\/sec/ { print $2 }'; }
wrk_p99() { awk '$1 == "99%" { print $2 }'; }
# ms_per_request CPU0 CPU1 REQUESTS: the service's CPU milliseconds per request between two cpu_s readings
ms_per_request() { echo "scale=3; 1000 * ($2 - $1) / $3" | bc; }

# send_load URL THREADS SECONDS NAME: LoadClient sending new referrals in the background for SECONDS;
# the ids it acknowledged go to $WORK/NAME.acked, its report to $WORK/NAME.out; sets CLIENT.
send_load() {
  java -Dtemplate=referral.json LoadClient.java send "$1" "$2" 1000000 "$3" "$WORK/$4.acked" >"$WORK/$4.out" 2>&1 &
  CLIENT=$!
}
