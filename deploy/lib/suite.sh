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
