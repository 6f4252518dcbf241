#!/usr/bin/env bash
# What the PostgreSQL backup test (PgDumpRestoreTest) needs: Debian's postgresql-client (pg_dump, pg_restore,
# createdb; version 15 dumps the tests' PostgreSQL 14). Run by the build (mvn verify, before the tests) so that
# the test runs on a fresh machine; does nothing when a client is there.
set -euo pipefail
shopt -s nullglob
clients=(/usr/lib/postgresql/*/bin/pg_restore)
if [[ -x /usr/bin/pg_dump && -x /usr/bin/pg_restore && -x /usr/bin/createdb && ${#clients[@]} -gt 0 ]]; then
  exit 0
fi
exec "$(dirname "$0")/apt-install.sh" "the PostgreSQL backup test" postgresql-client
