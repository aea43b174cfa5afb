#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the storage tests and print its URL.
# Usage: eval "$(bash .ci/postgres.sh)"   (exports COACH_TEST_POSTGRES_URL)
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
root=$(mktemp -d /tmp/coach-pg.XXXXXX)
chown postgres "$root"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
runuser -u postgres -- "$bin/initdb" -D "$root/data" -U coach --auth=trust >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$root/data" -l "$root/log" -w \
  -o "-h 127.0.0.1 -p $port -k $root" start >/dev/null
runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$port" -U coach coach_test
echo "export COACH_TEST_POSTGRES_URL=postgresql+psycopg://coach@127.0.0.1:$port/coach_test"
