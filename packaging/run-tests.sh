#!/usr/bin/env bash
# README command 2 (and CI's): install what is needed, build everything with warnings
# as errors, print the benchmark figures, then run the whole test suite under CTest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${KITH_BUILD_DIR:-$root/build}"
"$root/packaging/install-deps.sh"
# A throw-away PostgreSQL for the server's PostgreSQL tests, started before configuring so
# that CTest registers them (tests/server/CMakeLists.txt); stopped when this script exits.
source "$root/packaging/test-postgres.sh"
kith_start_postgres
KITH_BUILD_DIR="$build" "$root/packaging/build.sh" -DKITH_WARNINGS_AS_ERRORS=ON -DKITH_BUILD_TESTS=ON

echo "== Benchmarks (figures, not pass/fail) =="
"$build/tests/bench/kith_store_benchmark" --families "${KITH_BENCH_FAMILIES:-50000}"
"$build/tests/bench/kith_due_benchmark" --families "${KITH_BENCH_FAMILIES:-50000}"
"$build/tests/bench/kith_match_benchmark" --families "${KITH_BENCH_FAMILIES:-50000}"
"$build/tests/bench/kith_genogram_benchmark"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/kith_genogram_open_benchmark"
"$build/tests/bench/kith_sync_benchmark" --families "${KITH_SYNC_BENCH_FAMILIES:-5000}"

echo "== Tests =="
cd "$build"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --timeout 600 -j "${KITH_TEST_JOBS:-2}"
