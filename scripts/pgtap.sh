#!/usr/bin/env bash
# Server tests on a real PostgreSQL 15: pgTAP (supabase/tests) and the Supabase linters.
#
# Needs: a running local cluster and Debian's postgresql-15-pgtap and postgresql-15-plpgsql-check:
#   apt-get install -y postgresql-15-pgtap postgresql-15-plpgsql-check && pg_ctlcluster 15 main start
# Creates the database loft_test afresh (shim + migrations + seed), runs pg_prove, then
# `supabase db lint` and `supabase db advisors` (fails on any error, and on any security finding).
# Idempotent: run it as often as you like. Run as root or as the postgres user.
set -euo pipefail
cd "$(dirname "$0")/.."

DB="${LOFT_TEST_DB:-loft_test}"
# The CLI connects over TCP with a password (peer authentication would need OS user postgres).
CI_ROLE=loft_ci
CI_PASSWORD=loft_ci_local_only
DB_URL="postgresql://${CI_ROLE}:${CI_PASSWORD}@127.0.0.1:5432/${DB}?sslmode=disable"

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}
psql_db() { as_postgres psql -X -q -v ON_ERROR_STOP=1 "$@"; }

if ! pg_isready -q -h /var/run/postgresql; then
  echo "PostgreSQL is not running here: pg_ctlcluster 15 main start" >&2
  exit 1
fi

echo "== fresh database ${DB}"
psql_db -d postgres -c "drop database if exists ${DB} with (force)"
psql_db -d postgres -c "create database ${DB}"
psql_db -d postgres <<SQL
do \$\$ begin
  if not exists (select 1 from pg_roles where rolname = '${CI_ROLE}') then
    create role ${CI_ROLE} login superuser password '${CI_PASSWORD}';
  end if;
end \$\$;
SQL

echo "== shim, migrations, seed"
psql_db -d "${DB}" < supabase/local/shim.sql
for f in supabase/migrations/*.sql; do
  echo "   ${f}"
  psql_db -d "${DB}" --single-transaction < "${f}" > /dev/null
done
psql_db -d "${DB}" --single-transaction < supabase/seed.sql

echo "== supabase db lint"
npx supabase db lint --db-url "${DB_URL}" --schema public,private --level warning --fail-on error

echo "== supabase db advisors (security)"
npx supabase db advisors --db-url "${DB_URL}" --type security --level info --fail-on info

echo "== supabase db advisors (performance, report only)"
npx supabase db advisors --db-url "${DB_URL}" --type performance --level warn --fail-on none

# Test tooling after the linters, so that they judge the product schema alone.
echo "== pgTAP"
psql_db -d "${DB}" -c 'create extension if not exists pgtap' -c 'create extension if not exists dblink'
psql_db -d "${DB}" < supabase/local/test_helpers.sql

# pg_prove runs as postgres and reads the test files itself: give it copies it can read.
tests_dir="$(mktemp -d)"
trap 'rm -rf "${tests_dir}"' EXIT
cp supabase/tests/*.sql "${tests_dir}/"
chmod -R a+rX "${tests_dir}"
as_postgres pg_prove --ext .sql -d "${DB}" "${tests_dir}"

