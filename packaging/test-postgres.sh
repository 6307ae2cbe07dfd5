# Sourced by run-tests.sh: starts a throw-away PostgreSQL 15 on loopback for the tests that
# run the server on PostgreSQL, exports KITH_TEST_POSTGRES_URL, and stops it when the script
# exits. As root (CI may be), the server runs as the `postgres` user, which initdb requires.
kith_pg_bin=/usr/lib/postgresql/15/bin
kith_pg_dir=""
kith_pg_as=()

kith_stop_postgres() {
    if [ -n "$kith_pg_dir" ] && [ -d "$kith_pg_dir/data" ]; then
        "${kith_pg_as[@]}" "$kith_pg_bin/pg_ctl" -D "$kith_pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    [ -n "$kith_pg_dir" ] && rm -rf "$kith_pg_dir"
}

kith_start_postgres() {
    if [ ! -x "$kith_pg_bin/initdb" ]; then
        echo "== PostgreSQL 15 is not installed: the PostgreSQL tests are not run =="
        return 0
    fi
    kith_pg_dir="$(mktemp -d /tmp/kith-postgres.XXXXXX)"
    local port="${KITH_TEST_POSTGRES_PORT:-$((20000 + RANDOM % 20000))}"
    if [ "$(id -u)" = 0 ]; then
        chown postgres:postgres "$kith_pg_dir"
        kith_pg_as=(runuser -u postgres --)
    fi
    trap kith_stop_postgres EXIT
    "${kith_pg_as[@]}" "$kith_pg_bin/initdb" -D "$kith_pg_dir/data" -A trust -U kith >"$kith_pg_dir/initdb.log"
    "${kith_pg_as[@]}" "$kith_pg_bin/pg_ctl" -D "$kith_pg_dir/data" -l "$kith_pg_dir/server.log" -w \
        -o "-k $kith_pg_dir -p $port -c listen_addresses=127.0.0.1" start >/dev/null
    "${kith_pg_as[@]}" "$kith_pg_bin/createdb" -h 127.0.0.1 -p "$port" -U kith kith_test
    export KITH_TEST_POSTGRES_URL="postgresql://kith@127.0.0.1:$port/kith_test"
    echo "== PostgreSQL 15 for the tests: 127.0.0.1:$port =="
}
