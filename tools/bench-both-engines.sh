#!/bin/sh
# Runs the same abonent_bench measurements on a database file and on its copy
# on a throw-away PostgreSQL 15 (pg_virtualenv), one after the other.
#   tools/bench-both-engines.sh /tmp/large.sqlite [measurement…]
# Build first (cmake --build build); needs postgresql-15 and postgresql-common.
set -eu
file=${1:?usage: tools/bench-both-engines.sh FILE [measurement...]}
shift
measurements=${*:-search_keystroke card_load caller_lookup screen_pop problem_review portfolio}
top=$(cd "$(dirname "$0")/.." && pwd)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
pg_virtualenv -t -v 15 -c --locale=C.UTF-8 sh -eu -c "
  createdb office
  '$top/build/abonent' migrate --from '$file' --to postgresql:///office >/dev/null
  psql -qd office -c 'VACUUM ANALYZE'
  for db in '$file' postgresql:///office; do
    echo \"== \$db \$(uptime)\"
    '$top/build/abonent_bench' --db \"\$db\" $measurements
  done
  echo \"== end \$(uptime)\"
"
