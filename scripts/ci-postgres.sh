#!/usr/bin/env bash
# Starts a local PostgreSQL for the storage tests (as root on Debian) and prints the line to
# eval: `eval "$(scripts/ci-postgres.sh)"`. Safe to run again: it reuses what is already there.
set -euo pipefail

name=permit_desk_test
password=permit_desk_test

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

cluster=$(pg_lsclusters --no-header | awk 'NR == 1 { print $1 " " $2 }')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
read -r version cluster_name <<<"$cluster"

status=$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster_name" '$1 == v && $2 == c { print $4 }')
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$cluster_name" start >/dev/null
fi
port=$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster_name" '$1 == v && $2 == c { print $3 }')

psql_admin() {
  runuser -u postgres -- psql --quiet --no-psqlrc --port "$port" --tuples-only --no-align "$@"
}

for _ in $(seq 1 50); do
  psql_admin --command "select 1" >/dev/null 2>&1 && break
  sleep 0.2
done

if [ "$(psql_admin --command "select 1 from pg_roles where rolname = '$name'")" != "1" ]; then
  psql_admin --command "create role $name login password '$password'" >/dev/null
fi
if [ "$(psql_admin --command "select 1 from pg_database where datname = '$name'")" != "1" ]; then
  psql_admin --command "create database $name owner $name" >/dev/null
fi

echo "export TEST_DATABASE_URL=postgres://$name:$password@127.0.0.1:$port/$name"
