#!/usr/bin/env bash
# Sets Abonent up on Debian 12 from this checkout:
#   tools/bootstrap.sh run    install packages, build, start the app on a demo database
#   tools/bootstrap.sh test   install packages, build, run every test (offscreen, or under
#                             Xvfb with openbox where the window system matters),
#                             then the GUI suites twice more
# Runs as root or as a user with sudo (only apt-get needs root).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

mode=${1:-}
if [[ $mode != run && $mode != test ]]; then
    echo "usage: $0 run|test" >&2
    exit 2
fi
shift

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    else
        sudo "$@"
    fi
}

mapfile -t packages < <(grep -Ev '^\s*(#|$)' packaging/debian-build-deps.txt)
if [[ $mode == run ]]; then
    packages+=(qt6-qpa-plugins)
fi
as_root apt-get update
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"

build=${ABONENT_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build"

if [[ $mode == run ]]; then
    # First start: the default database is created and filled with demo data.
    exec "$build/abonent" --demo "$@"
fi
# One throw-away PostgreSQL 15 for the whole run (pg_virtualenv, without
# fsync: nothing in it needs to survive); the suites labelled postgresql make
# databases of their own on it (tests/run-with-postgresql.sh).
run_tests() {
    pg_virtualenv -t -v 15 -c --locale=C.UTF-8 -o fsync=off -o synchronous_commit=off -o full_page_writes=off \
        env ABONENT_TEST_SHARED_SERVER=1 QT_QPA_PLATFORM=offscreen \
        ctest --test-dir "$build" --output-on-failure --parallel 2 --timeout 600 "$@"
}
run_tests "$@"
# The suites that show windows (label "gui") twice more: a test that depends
# on timing then fails here, before it lands. Any failure fails the command.
run_tests --label-regex '^gui$' --repeat until-fail:2 "$@"
