# shellcheck shell=bash
# The services of the suite and the bookkeeping of who started which piece of infrastructure, shared by
# deploy/run.sh, deploy/stop.sh and deploy/test.sh. Source it after common.sh.

# name:port of every service, in start order (analytics last: it consumes what the others produce).
SK_SERVICES=(chat-service:8081 eservice-housing:8082 contact-center-service:8083 analytics-service:8084)
# The demo's stand-in for the municipality's case system (test-support's CaseSystemIntake), on the port
# eservice-housing's default configuration delivers to; never part of a production installation.
SK_CASE_SYSTEM=case-system-stand-in
# deploy/run.sh --ha: two instances of each service behind HAProxy (deploy/infra/haproxy.sh), which listens on the
# services' own ports. Instance n of the service on port P listens on P + 100 (n + 1), on loopback only: 8281 and 8381
# for the chat, management (health, metrics) on that + 1000 as always.
SK_BALANCER=haproxy
SK_INSTANCES=(1 2)
sk_instance_port() { printf '%s' $(($1 + 100 * ($2 + 1))); }

# Usage: sk_infra_up_tracked OWNER — starts the infrastructure and records in .run/OWNER.infra the pieces that
# were not running before, so OWNER later stops exactly what it started and nothing a developer had running.
# With KAFKA_NODES=3 Kafka is the three-broker cluster (the piece kafka-cluster), which runs beside a single broker.
sk_infra_up_tracked() {
  local owner="$1" file="$SK_RUN_DIR/$1.infra" mine=() kafka=kafka
  [[ "${KAFKA_NODES:-1}" == 1 ]] || kafka=kafka-cluster
  sk_port_open localhost 5432 || mine+=(postgres)
  "$SK_ROOT/deploy/infra/kafka.sh" status >/dev/null 2>&1 || mine+=("$kafka")
  sk_is_running keycloak || mine+=(keycloak)
  # Keep what an earlier, interrupted run of the same owner recorded.
  { [[ -f "$file" ]] && cat "$file"; printf '%s\n' "${mine[@]}"; } | sed '/^$/d' | sort -u >"$file.new"
  mv "$file.new" "$file"
  "$SK_ROOT/deploy/infra/up.sh"
}

# Usage: sk_infra_down_tracked OWNER — stops what sk_infra_up_tracked OWNER started (Keycloak, Kafka, PostgreSQL).
sk_infra_down_tracked() {
  local file="$SK_RUN_DIR/$1.infra"
  [[ -f "$file" ]] || return 0
  grep -qx keycloak "$file" && { "$SK_ROOT/deploy/infra/keycloak.sh" stop || true; }
  grep -qx kafka-cluster "$file" && { KAFKA_NODES=3 "$SK_ROOT/deploy/infra/kafka.sh" stop || true; }
  grep -qx kafka "$file" && { KAFKA_NODES=1 "$SK_ROOT/deploy/infra/kafka.sh" stop || true; }
  grep -qx postgres "$file" && { "$SK_ROOT/deploy/infra/postgres.sh" stop || true; }
  rm -f "$file"
}

# Stops the services of either mode: the balancer first, so that it sends nothing to an instance on its way down,
# then the rest side by side (each JVM takes seconds to shut down). Stale pid files (a killed instance) are cleared.
sk_stop_services() {
  local name names=() n stopping=()
  for name in "${SK_SERVICES[@]%%:*}"; do
    names+=("$name")
    for n in "${SK_INSTANCES[@]}"; do
      names+=("$name-$n")
    done
  done
  sk__stop_quietly "$SK_BALANCER"
  for name in "${names[@]}" "$SK_CASE_SYSTEM"; do
    sk__stop_quietly "$name" &
    stopping+=($!)
  done
  # These subshells only: in run.sh the services themselves are children of the shell too.
  wait "${stopping[@]}"
}

sk__stop_quietly() {
  if sk_is_running "$1"; then
    sk_info "stopping $1"
  fi
  sk_stop "$1"
}

# The environment every service process of deploy/run.sh gets, exported: the demo settings and, with --ha ($1 = true),
# the settings of instances behind the balancer. deploy/run.sh --restart-instance starts an instance again with the same.
sk_export_service_environment() {
  # The demo shows a year of follow-up: analytics may publish generated history (never set in production).
  export SOCIALKONTAKT_ANALYTICS_DEMO_ENABLED=true
  # ... and the housing e-service lives through a demo year of applications, whose events the dashboard counts.
  export SOCIALKONTAKT_HOUSING_DEMO_ENABLED=true
  # The production build with the demo's secrets (the database roles' passwords): production proper sets each secret
  # in the environment and stops at start without it.
  export QUARKUS_PROFILE=prod,demo
  if [[ "$1" == true ]]; then
    # Behind the balancer (deploy/k8s's settings for pods behind the ingress): every broker of the cluster; the
    # client's address from X-Forwarded-For, which only the balancer can send (the instances listen on loopback);
    # pools such that eight instances stay below PostgreSQL's default 100 connections.
    KAFKA_BOOTSTRAP_SERVERS="$(KAFKA_NODES=3 "$SK_ROOT/deploy/infra/kafka.sh" bootstrap)"
    export KAFKA_BOOTSTRAP_SERVERS QUARKUS_HTTP_HOST=127.0.0.1 \
      QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
      QUARKUS_DATASOURCE_JDBC_MAX_SIZE=10
  fi
}

# Usage: sk_start_service NAME PORT — starts a service (NAME is its module) or an instance of one (module-<n>) from
# its packaged jar, in the environment sk_export_service_environment set.
sk_start_service() {
  local name="$1" port="$2"
  # A JVM out of memory exits rather than limp on with dead threads (a consumer that stopped consuming).
  QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$((port + 1000))" \
    sk_start_bg "$name" "$SK_LOG_DIR/$name.log" "$JAVA_HOME/bin/java" -Xmx384m -XX:+ExitOnOutOfMemoryError \
    -jar "$SK_ROOT/${name%-[0-9]}/target/quarkus-app/quarkus-run.jar"
}

# Usage: sk_await_service NAME PORT — waits until the service or instance is ready; health is on the management port.
sk_await_service() {
  sk_info "waiting for $1 to be ready"
  sk_wait_http "http://localhost:$(($2 + 1000))/q/health/ready" 180 "$1"
  sk_ok "$1 ready on http://localhost:$2"
}

# Usage: sk_instance_public_port NAME-N — the port instance N of the service NAME listens on (deploy/run.sh --ha).
sk_instance_public_port() {
  local instance="$1" entry
  for entry in "${SK_SERVICES[@]}"; do
    if [[ "${entry%%:*}" == "${instance%-[0-9]}" ]]; then
      sk_instance_port "${entry##*:}" "${instance##*-}"
      return 0
    fi
  done
  return 1
}
