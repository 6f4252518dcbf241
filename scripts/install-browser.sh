#!/usr/bin/env bash
# What the browser tests need: Debian's chromium and chromium-driver. Run by the build (mvn verify, before
# the tests) so that the README's test command passes on a fresh machine; does nothing when both are there.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
as_root=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "The browser tests need Debian's chromium and chromium-driver: run 'apt-get install chromium chromium-driver' as root" >&2
    exit 1
  fi
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests"
"${as_root[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q chromium chromium-driver
