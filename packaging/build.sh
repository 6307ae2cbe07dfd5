#!/usr/bin/env bash
# Configures and builds Kith into build/ (or $KITH_BUILD_DIR). Extra arguments go to
# CMake's configure step, e.g. -DKITH_WARNINGS_AS_ERRORS=ON.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${KITH_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
# Two cores here; more parallel jobs only make the machine swap compile units.
cmake --build "$build" --parallel "${KITH_JOBS:-2}"
