#!/bin/sh
# Runs a command inside its own D-Bus session with an unlocked GNOME Keyring, so a test uses a real
# Secret Service without touching the user's. The keyring files live under $HOME (the tests' own).
set -eu
exec dbus-run-session -- sh -c \
    'printf throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    with-keyring "$@"
