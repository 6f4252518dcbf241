#!/usr/bin/env bash
# Class archives for a faster start (docs/operations.md "Faster start"): copies the built jar and its lib/
# into service/target/cds (so that the next build leaves the archive valid), then makes one archive for the
# command line and one for the service from a training run of each:
#   - Java 24 or later: an AOT cache (-XX:AOTCacheOutput), cli.aot and service.aot;
#   - Java 17 to 23: a static CDS archive from the loaded-class list, cli.jsa and service.jsa, without the
#     lambda proxy classes (JDK 17.0.15 crashes archiving them, also with -XX:ArchiveClassesAtExit).
# It writes the options that use each archive to cli.opts and service.opts:
#   java $(cat service/target/cds/cli.opts) -jar service/target/cds/frontdoor.jar recommend FILE
#   java $(cat service/target/cds/service.opts) -jar service/target/cds/frontdoor.jar
# An archive fits only the jar and the Java it was made with: run this again after a build or a Java update.
#   [JAVA=java] service/scripts/cds.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAVA=${JAVA:-java}
JAR=$ROOT/service/target/frontdoor.jar
OUT=$ROOT/service/target/cds
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d /tmp/frontdoor-cds.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')

rm -rf "$OUT"
mkdir -p "$OUT" && cp -p "$JAR" "$OUT/" && cp -rp "$ROOT/service/target/lib" "$OUT/"
APP=$OUT/frontdoor.jar
sed "s/%s/CDS-1/g" "$ROOT/service/scripts/referral.json" >"$WORK/referral.json"
# What is trained: the command on one referral, and the service up to its first 201 (the policy loaded, the
# database migrated, the web server and the referral path used once: lib.sh's start_service), then stopped;
# each run once before so the compile cache holds the version as it would in use.
cli() { "$JAVA" "$@" -jar "$APP" recommend --cache "$WORK/cache" "$WORK/referral.json" >/dev/null; }
PORT=${PORT:-18483} JAR=$APP
source "$ROOT/service/scripts/lib.sh"
service() {
  JAVA_OPTS="$*" PROFILES=demo start_service >/dev/null
  kill "$SERVICE_PID" && wait "$SERVICE_PID" 2>/dev/null || true
}
cli
service

FAST_CLI="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if [ "$FEATURE" -ge 24 ]; then
  cli -XX:AOTCacheOutput="$OUT/cli.aot" 2>/dev/null
  service -XX:AOTCacheOutput="$OUT/service.aot"
  echo "-XX:AOTCache=$OUT/cli.aot $FAST_CLI" >"$OUT/cli.opts"
  echo "-XX:AOTCache=$OUT/service.aot" >"$OUT/service.opts"
else
  for which in cli service; do
    $which -XX:DumpLoadedClassList="$WORK/$which.classlist"
    grep -v '^@lambda-' "$WORK/$which.classlist" >"$WORK/$which.classes"
    "$JAVA" -Xshare:dump -XX:SharedClassListFile="$WORK/$which.classes" -XX:SharedArchiveFile="$OUT/$which.jsa" \
      -cp "$APP" >"$WORK/$which.dump.log" 2>&1 || { tail -5 "$WORK/$which.dump.log" >&2; exit 1; }
  done
  echo "-XX:SharedArchiveFile=$OUT/cli.jsa -Xshare:auto $FAST_CLI" >"$OUT/cli.opts"
  echo "-XX:SharedArchiveFile=$OUT/service.jsa -Xshare:auto" >"$OUT/service.opts"
fi
echo "$("$JAVA" -version 2>&1 | head -1): archives in $OUT"
ls -l "$OUT" | grep -E '\.(aot|jsa|opts)$'
