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

# The server picks a free display and writes its number: tests run in parallel.
# -noreset: a server that resets when its last client leaves (the readiness
# check below) refuses the next one for a moment.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
tries=0
while [ ! -s "$work/display" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 200 ] || ! kill -0 "$xvfb" 2>/dev/null; then
        echo "run-under-xvfb.sh: Xvfb did not start" >&2
        cat "$work/xvfb.log" >&2
        exit 1
    fi
    sleep 0.05
done
DISPLAY=":$(cat "$work/display")"
export DISPLAY
# The server answers a client before anything else is started on it.
tries=0
until xprop -root >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 200 ] || ! kill -0 "$xvfb" 2>/dev/null; then
        echo "run-under-xvfb.sh: Xvfb on $DISPLAY does not answer" >&2
        cat "$work/xvfb.log" >&2
        exit 1
    fi
    sleep 0.05
done

openbox --sm-disable >"$work/openbox.log" 2>&1 &
wm=$!
# A window manager announces itself on the root window; wait for that, not for a time.
tries=0
until xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 200 ] || ! kill -0 "$wm" 2>/dev/null; then
        echo "run-under-xvfb.sh: openbox did not start" >&2
        cat "$work/openbox.log" >&2
        exit 1
    fi
    sleep 0.05
done

QT_QPA_PLATFORM=xcb "$@"
