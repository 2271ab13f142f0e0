# Sourced by .ci/run: a real Postgres for the database tests, from Debian's packages, with a test role and database.
# Sets CLINICAL_PATH_TEST_PG and stops the cluster at exit if this script started it. Needs root (CI runs as root);
# the README shows a developer the same steps by hand.
if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg_version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$pg_version main"; then
  pg_createcluster "$pg_version" main >/dev/null
fi
pg_port="$(pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $3}')"
if pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_started_here=0
else
  pg_ctlcluster "$pg_version" main start
  pg_started_here=1
fi
stop_postgres() { if [ "$pg_started_here" = 1 ]; then pg_ctlcluster "$pg_version" main stop || true; fi; }
trap stop_postgres EXIT
su postgres -c "psql -q -p $pg_port" <<'SQL'
SELECT 'CREATE ROLE clinical_path_test LOGIN CREATEDB PASSWORD ''clinical_path_test'''
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'clinical_path_test') \gexec
SELECT 'CREATE DATABASE clinical_path_test OWNER clinical_path_test'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'clinical_path_test') \gexec
SQL
export CLINICAL_PATH_TEST_PG="postgres://clinical_path_test:clinical_path_test@127.0.0.1:${pg_port}/clinical_path_test"
