#!/bin/sh
# Runs one test program on its own X server with a window manager (openbox),
# as people run Abonent: which window is in front and which has the keyboard
# is decided there as on a desktop, not as the offscreen platform pretends.
# Usage: run-under-xvfb.sh PROGRAM [ARGUMENT...]
set -eu

for tool in Xvfb openbox xprop; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-under-xvfb.sh: $tool is missing (Debian: xvfb, openbox, x11-utils)" >&2
        exit 1
    fi
done

work=$(mktemp -d)
xvfb=""
wm=""
cleanup() {
    [ -n "$wm" ] && kill "$wm" 2>/dev/null || true
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# Waits (up to 10 s) until CONDITION holds while PROCESS runs; otherwise says
# WHAT failed, with LOG, and stops.
wait_for() {
    condition=$1 process=$2 what=$3 log=$4
    tries=0
    until eval "$condition"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 200 ] || ! kill -0 "$process" 2>/dev/null; then
            echo "run-under-xvfb.sh: $what" >&2
            cat "$log" >&2
            exit 1
        fi
        sleep 0.05
    done
}

# The server picks a free display and writes its number: tests run in parallel.
# -noreset: a server that resets when its last client leaves (the readiness
# check below) refuses the next one for a moment.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
wait_for '[ -s "$work/display" ]' "$xvfb" "Xvfb did not start" "$work/xvfb.log"
DISPLAY=":$(cat "$work/display")"
export DISPLAY
# The server answers a client before anything else is started on it.
wait_for 'xprop -root >/dev/null 2>&1' "$xvfb" "Xvfb on $DISPLAY does not answer" "$work/xvfb.log"

openbox --sm-disable >"$work/openbox.log" 2>&1 &
wm=$!
# A window manager announces itself on the root window; wait for that, not for a time.
wait_for 'xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id"' "$wm" \
    "openbox did not start" "$work/openbox.log"

QT_QPA_PLATFORM=xcb "$@"
