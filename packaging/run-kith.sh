#!/usr/bin/env bash
# README command 1: install what Kith needs, build it, and start the desktop app on
# the local store. `--demo` starts on a throwaway store filled with made-up families;
# any other arguments go to kith itself (try --help).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh" -DKITH_BUILD_TESTS=OFF
exec "${KITH_BUILD_DIR:-$root/build}/app/kith/kith" "$@"
