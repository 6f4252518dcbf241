#!/usr/bin/env bash
# Lints the OpenAPI document the service serves (written by ApiDocumentTest to target/openapi/frontdoor.json;
# the committed copy docs/openapi.json when the tests that write it did not run) with Redocly's CLI, pinned
# in package-lock.json. npm installs it only when node_modules lacks it, so an offline build works once it is there.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/redocly ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
document=../target/openapi/frontdoor.json
[ -f "$document" ] || document=../../docs/openapi.json
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
exec node_modules/.bin/redocly lint --config redocly.yaml --format=summary "$document"
