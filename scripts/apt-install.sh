#!/usr/bin/env bash
# Installs Debian packages that tests need, as root or through passwordless sudo; else says how and fails.
# Usage: apt-install.sh "WHO NEEDS THEM" PACKAGE...   (called by install-browser.sh and install-pg-client.sh)
set -euo pipefail
who=$1
shift
as_root=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "Missing for $who: Debian's $*; run 'apt-get install $*' as root" >&2
    exit 1
  fi
fi
echo "Installing Debian's $* for $who"
"${as_root[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q "$@"
