#!/bin/sh
# Copies a database file onto a throw-away PostgreSQL 15 (pg_virtualenv) and
# runs abonent_bench's multiseat there with each number of desks given, for
# SECONDS each, saying how much processor time the desks and the server took.
#   tools/multiseat.sh /tmp/large.sqlite ["5 10 20"] [SECONDS]
# Build first (cmake --build build); needs postgresql-15 and postgresql-common.
# multiseat writes into the database it is given; here that is the copy.
set -eu
file=${1:?usage: tools/multiseat.sh FILE [SEATS...] [SECONDS]}
seats=${2:-20}
seconds=${3:-60}
top=$(cd "$(dirname "$0")/.." && pwd)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
pg_virtualenv -t -v 15 -c --locale=C.UTF-8 sh -eu -c "
  createdb office
  '$top/build/abonent' migrate --from '$file' --to postgresql:///office >/dev/null
  psql -qd office -c 'VACUUM ANALYZE'
  # The server's processor time: what its finished backends used, as the
  # postmaster that waited for them counts it (clock ticks).
  postmaster=\$(head -1 \"\$(psql -Atd office -c 'SHOW data_directory')/postmaster.pid\")
  server_ticks() { awk '{ print \$16 + \$17 }' /proc/\$postmaster/stat; }
  for n in $seats; do
    echo \"== $seconds s, \$n desks; before: \$(uptime)\"
    before=\$(server_ticks)
    /usr/bin/time -f 'desks (all processes): %U s user, %S s system, %e s wall' \
      '$top/build/abonent_bench' --db postgresql:///office --seats \$n --seconds $seconds multiseat
    echo \"server: \$(( (\$(server_ticks) - before) / \$(getconf CLK_TCK) )) s processor time\"
    echo \"== after: \$(uptime)\"
  done
"
