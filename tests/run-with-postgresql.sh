#!/bin/sh
# Runs one test program against a PostgreSQL 15 cluster of its own, made for
# it and dropped afterwards (pg_virtualenv, from postgresql-common), in a
# temporary folder even as root (-t), so nothing is left in /var/lib. Two at
# once would take the same port: CTest runs them one at a time (the
# "postgresql" resource lock). The program finds the server as libpq does,
# through PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE.
# Usage: run-with-postgresql.sh PROGRAM [ARGUMENT...]
set -eu

# The test command starts one server for the whole run (each suite makes
# databases of its own on it): use that one.
if [ "${ABONENT_TEST_SHARED_SERVER:-}" = 1 ]; then
    exec "$@"
fi
if ! command -v pg_virtualenv >/dev/null 2>&1; then
    echo "run-with-postgresql.sh: pg_virtualenv is missing (Debian: postgresql-common, postgresql-15)" >&2
    exit 1
fi
# A throw-away cluster needs no durability: without fsync it is several times faster.
exec pg_virtualenv -t -v 15 -c --locale=C.UTF-8 -o fsync=off -o synchronous_commit=off -o full_page_writes=off "$@"
