#!/usr/bin/env bash
# Time to place a new RED referral in a standing plan, measured end to end over HTTP on the service jar
# (H2, demo users): a roster of STAFF, REFERRALS referrals in screening (RED, AMBER, GREEN in turn), a plan
# solved for SECONDS, then ARRIVALS new RED referrals, each sent as REFERRAL_ARRIVED while the plan is
# solving. Prints one line per arrival and a summary. Usage: allocation-red.sh [STAFF] [REFERRALS] [ARRIVALS]
set -euo pipefail
STAFF=${1:-24}; REFERRALS=${2:-90}; ARRIVALS=${3:-10}; SECONDS_LIMIT=${SECONDS_LIMIT:-20}
WORK=$(mktemp -d)
PORT=${PORT:-18493} # not load.sh's port: another run there must not answer for this service
source "$(dirname "$0")/lib.sh"
command -v jq >/dev/null || { echo "jq is needed" >&2; exit 2; }
trap '[ -n "${SERVICE_PID:-}" ] && kill "$SERVICE_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
DB_ARGS="$DB_ARGS --frontdoor.allocation.solve-seconds=$SECONDS_LIMIT --frontdoor.allocation.watch-seconds=0" # each arrival is sent and timed here
start_service
sleep 1; kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service did not start (port $PORT taken?)" >&2; exit 1; }

NOW=$(date -u +%s); NOW=$(( NOW / 300 * 300 ))
iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
FROM=$(iso $(( NOW - 3600 ))); UNTIL=$(iso $(( NOW + 8 * 3600 )))
ROLES=("SOCIAL_CARE QUALIFIED_SOCIAL_WORKER,SOCIAL_CARE_SYSTEMS" "SOCIAL_CARE QUALIFIED_SOCIAL_WORKER,SOCIAL_CARE_SYSTEMS"
       "POLICE POLICE_SYSTEMS" "HEALTH HEALTH_SYSTEMS" "EDUCATION EDUCATION_SYSTEMS" "SOCIAL_CARE MASH_MANAGER")
for i in $(seq 1 "$STAFF"); do
  read -r agency skills <<<"${ROLES[$(( i % ${#ROLES[@]} ))]}"
  skills=$(jq -cn --arg s "$skills" '$s | split(",")')
  curl -sf -o /dev/null -u manager:demo -X PUT -H 'Content-Type: application/json' "$BASE/api/v1/roster/S$i" \
    -d "{\"id\":\"S$i\",\"agency\":\"$agency\",\"skills\":$skills,\"windows\":[{\"start\":\"$FROM\",\"end\":\"$UNTIL\"}]}"
done
CODES=(DOMESTIC_ABUSE_HIGH MISSING_REPEATED PERSISTENT_ABSENCE)
referral() { # id code
  sed -e "s/%s/$1/g" -e "s/2026-11-23T09:15:00Z/$(iso $(( $(date -u +%s) - 60 )))/" -e "s/DOMESTIC_ABUSE_HIGH/$2/" \
      -e 's/, *{"code": "PARENTAL_SUBSTANCE_MISUSE", "agency": "HEALTH"}//' "$(dirname "$0")/referral.json" |
    curl -sf -o /dev/null -u worker:demo -H 'Content-Type: application/json' -d @- "$BASE/api/v1/referrals"
}
for i in $(seq 1 "$REFERRALS"); do referral "M-$NOW-$i" "${CODES[$(( i % 3 ))]}"; done

PLAN=$(curl -sf -u manager:demo -X POST "$BASE/api/v1/plans")
ID=$(jq -r .id <<<"$PLAN")
echo "plan $ID: $(jq '.input.staff | length' <<<"$PLAN") staff, $(jq '.input.tasks | length' <<<"$PLAN") tasks; first plan $(jq -r .plan.score <<<"$PLAN")"
sleep 3
[ -n "${DEBUG:-}" ] && curl -sf -u manager:demo "$BASE/api/v1/plans/$ID" > "$DEBUG" # DEBUG=FILE keeps the first plan
for n in $(seq 1 "$ARRIVALS"); do
  red="RED-$NOW-$n"; referral "$red" DOMESTIC_ABUSE_HIGH
  t0=$(date +%s.%N)
  view=$(curl -sf -u manager:demo -H 'Content-Type: application/json' -d "{\"type\":\"REFERRAL_ARRIVED\",\"referralId\":\"$red\"}" \
    "$BASE/api/v1/plans/$ID/changes")
  ms=$(echo "($(date +%s.%N) - $t0) * 1000" | bc | cut -d. -f1)
  placed=$(jq --arg r "$red-" '[.plan.assignments[] | select(.taskId | startswith($r))] | length' <<<"$view")
  tasks=$(jq --arg r "$red-" '[.input.tasks[] | select(.id | startswith($r))] | length' <<<"$view")
  late=$(jq --arg r "$red" '[.plan.lateReferrals[] | select(.referralId == $r)] | length' <<<"$view")
  echo "arrival $n: ${ms} ms, $placed of $tasks tasks placed, late: $late, score $(jq -r .plan.score <<<"$view")"
  [ -n "${DEBUG:-}" ] && jq -r --arg r "$red" '.plan.lateReferrals[] | select(.referralId == $r) | .reason' <<<"$view"
  sleep 2
  later=$(curl -sf -u manager:demo "$BASE/api/v1/plans/$ID")
  echo "  2 s later: late: $(jq --arg r "$red" '[.plan.lateReferrals[] | select(.referralId == $r)] | length' <<<"$later"), score $(jq -r .plan.score <<<"$later")"
done
curl -sf -o /dev/null -u manager:demo -X DELETE "$BASE/api/v1/plans/$ID"
echo "cpu: $(nproc) cores; java $(java -version 2>&1 | head -1)"
