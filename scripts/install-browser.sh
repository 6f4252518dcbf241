#!/usr/bin/env bash
# What the browser tests need: Debian's chromium and chromium-driver. Run by the build (mvn verify, before
# the tests) so that the README's test command passes on a fresh machine; does nothing when both are there.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
exec "$(dirname "$0")/apt-install.sh" "the browser tests" chromium chromium-driver
