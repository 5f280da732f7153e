#!/bin/sh
# Copies a database file onto a throw-away PostgreSQL 15 (pg_virtualenv) and
# runs abonent_bench's multiseat there: SEATS desk processes for SECONDS.
#   tools/multiseat.sh /tmp/large.sqlite [SEATS] [SECONDS]
# Build first (cmake --build build); needs postgresql-15 and postgresql-common.
# multiseat writes into the database it is given; here that is the copy.
set -eu
file=${1:?usage: tools/multiseat.sh FILE [SEATS] [SECONDS]}
seats=${2:-20}
seconds=${3:-60}
top=$(cd "$(dirname "$0")/.." && pwd)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
pg_virtualenv -t -v 15 -c --locale=C.UTF-8 sh -eu -c "
  createdb office
  '$top/build/abonent' migrate --from '$file' --to postgresql:///office >/dev/null
  psql -qd office -c 'VACUUM ANALYZE'
  echo \"== before: \$(uptime)\"
  '$top/build/abonent_bench' --db postgresql:///office --seats $seats --seconds $seconds multiseat
  echo \"== after: \$(uptime)\"
"
