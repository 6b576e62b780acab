#!/usr/bin/env bash
# PostgreSQL for the local suite: one role and two databases (normal + _test)
# per service. Reuses any server already on localhost:5432; otherwise starts
# (or installs) the Debian cluster and remembers that we did, so that `stop`
# never shuts down a database somebody else was running.
#
# Usage: deploy/infra/postgres.sh start|stop|status
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=../lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

PG_HOST=localhost
PG_PORT=5432
SERVICE_KEYS=(chat housing contactcenter analytics)
STARTED_MARKER="$SK_PID_DIR/postgres.started"

# Prints "VERSION CLUSTER" of the Debian cluster serving port 5432 (newest
# version wins if several do), nothing if there is none.
debian_cluster() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$3 == port { print $1, $2 }' | sort -V | tail -n1
}

install_postgres() {
  if [[ $EUID -ne 0 ]]; then
    sk_fail "PostgreSQL is not installed and nothing listens on $PG_HOST:$PG_PORT" \
      "run this script as root once (it installs Debian's postgresql), or start a PostgreSQL on port $PG_PORT yourself"
  fi
  sk_info "installing PostgreSQL from Debian (apt-get, once)"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -q && apt-get install -y -q postgresql; } >"$SK_LOG_DIR/postgres-install.log" 2>&1; then
    sk_fail "apt-get install postgresql failed" "see $SK_LOG_DIR/postgres-install.log"
  fi
}

# Runs the SQL on stdin as the database superuser.
psql_admin() {
  if [[ $EUID -eq 0 ]] && id postgres >/dev/null 2>&1; then
    # cd / so psql does not warn that user postgres cannot read the repo dir.
    (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres)
  else
    # Not root (or no local postgres account): only works if the superuser
    # can log in over TCP, e.g. with PGPASSWORD or ~/.pgpass set.
    psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres
  fi
}

provision() {
  local key sql=''
  for key in "${SERVICE_KEYS[@]}"; do
    # Roles: DO block for "create if missing", then ALTER so that a role left
    # behind with another password is brought back to the documented one.
    # Databases cannot be created inside DO/transactions, hence \gexec.
    sql+="
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sk_$key') THEN
    CREATE ROLE sk_$key LOGIN;
  END IF;
END \$\$;
ALTER ROLE sk_$key WITH LOGIN PASSWORD 'sk_$key';
SELECT 'CREATE DATABASE sk_$key OWNER sk_$key'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'sk_$key') \\gexec
SELECT 'CREATE DATABASE sk_${key}_test OWNER sk_$key'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'sk_${key}_test') \\gexec
ALTER DATABASE sk_$key OWNER TO sk_$key;
ALTER DATABASE sk_${key}_test OWNER TO sk_$key;
"
  done
  if ! printf '%s' "$sql" | psql_admin >"$SK_LOG_DIR/postgres-provision.log" 2>&1; then
    cat "$SK_LOG_DIR/postgres-provision.log" >&2
    sk_fail "could not create the sk_* roles and databases as the PostgreSQL superuser" \
      "run as root (uses 'runuser -u postgres -- psql'), or set PGPASSWORD for user postgres on $PG_HOST:$PG_PORT"
  fi
}

# The services connect with a password over TCP, exactly as verified here;
# peer auth over the Unix socket would hide a pg_hba.conf problem.
verify_password_login() {
  local key db
  for key in "${SERVICE_KEYS[@]}"; do
    for db in "sk_$key" "sk_${key}_test"; do
      if ! PGPASSWORD="sk_$key" PGCONNECT_TIMEOUT=5 psql -X -q -t -h "$PG_HOST" -p "$PG_PORT" -U "sk_$key" -d "$db" \
        -c 'select 1' >/dev/null 2>"$SK_LOG_DIR/postgres-verify.log"; then
        cat "$SK_LOG_DIR/postgres-verify.log" >&2
        sk_fail "password login as sk_$key to database $db over TCP $PG_HOST:$PG_PORT failed" \
          "pg_hba.conf must allow 'host all all 127.0.0.1/32 scram-sha-256' (and ::1/128); reload PostgreSQL after changing it"
      fi
    done
  done
}

start() {
  local cluster
  if sk_port_open "$PG_HOST" "$PG_PORT"; then
    if [[ -f "$STARTED_MARKER" ]]; then
      sk_ok "PostgreSQL already running (started by these scripts)"
    else
      sk_ok "PostgreSQL already listening on $PG_HOST:$PG_PORT; using it (will not stop it)"
    fi
  else
    cluster="$(debian_cluster)"
    if [[ -z "$cluster" ]]; then
      install_postgres
      cluster="$(debian_cluster)"
      [[ -n "$cluster" ]] || sk_fail "postgresql installed but no cluster on port $PG_PORT exists" \
        "create one: pg_createcluster <version> main --port $PG_PORT"
    fi
    [[ $EUID -eq 0 ]] || sk_fail "the Debian cluster $cluster is stopped and starting it needs root" \
      "run: sudo pg_ctlcluster $cluster start"
    sk_info "starting Debian PostgreSQL cluster $cluster"
    # With production's settings (deploy/k8s/postgres.yaml), not Debian's defaults: with 128 MB of shared buffers the
    # analytics ingest's backends wrote out most dirty pages themselves (benchmarks/README.md).
    # shellcheck disable=SC2086 # "$cluster" is "VERSION NAME", two arguments
    pg_ctlcluster $cluster start -- -o "-c max_connections=400 -c shared_buffers=512MB" ||
      sk_fail "pg_ctlcluster $cluster start failed" "see /var/log/postgresql/postgresql-${cluster// /-}.log"
    printf '%s\n' "$cluster" >"$STARTED_MARKER"
    sk_wait_port "$PG_HOST" "$PG_PORT" 30 postgres
    sk_ok "PostgreSQL $cluster started"
  fi
  provision
  verify_password_login
  sk_ok "PostgreSQL roles/databases ready: $(printf 'sk_%s ' "${SERVICE_KEYS[@]}")(+ _test), password = role name"
}

stop() {
  local cluster
  if [[ ! -f "$STARTED_MARKER" ]]; then
    sk_info "PostgreSQL was not started by these scripts; leaving it alone"
    return 0
  fi
  cluster="$(cat "$STARTED_MARKER")"
  sk_info "stopping PostgreSQL cluster $cluster (we started it)"
  # shellcheck disable=SC2086 # "$cluster" is "VERSION NAME", two arguments
  pg_ctlcluster $cluster stop || sk_fail "pg_ctlcluster $cluster stop failed" "stop it by hand: pg_ctlcluster $cluster stop"
  rm -f "$STARTED_MARKER"
  sk_ok "PostgreSQL stopped"
}

status() {
  if sk_port_open "$PG_HOST" "$PG_PORT"; then
    if [[ -f "$STARTED_MARKER" ]]; then
      echo "postgres: running on $PG_HOST:$PG_PORT (cluster $(cat "$STARTED_MARKER"), started by these scripts)"
    else
      echo "postgres: running on $PG_HOST:$PG_PORT (not started by these scripts)"
    fi
  else
    echo "postgres: not running"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
