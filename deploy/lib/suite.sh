# shellcheck shell=bash
# The services of the suite and the bookkeeping of who started which piece of infrastructure, shared by
# deploy/run.sh, deploy/stop.sh and deploy/test.sh. Source it after common.sh.

# name:port of every service, in start order (analytics last: it consumes what the others produce).
SK_SERVICES=(chat-service:8081 eservice-housing:8082 contact-center-service:8083 analytics-service:8084)
# The demo's stand-in for the municipality's case system (test-support's CaseSystemIntake), on the port
# eservice-housing's default configuration delivers to; never part of a production installation.
SK_CASE_SYSTEM=case-system-stand-in

# Usage: sk_infra_up_tracked OWNER — starts the infrastructure and records in .run/OWNER.infra the pieces that
# were not running before, so OWNER later stops exactly what it started and nothing a developer had running.
sk_infra_up_tracked() {
  local owner="$1" file="$SK_RUN_DIR/$1.infra" mine=()
  sk_port_open localhost 5432 || mine+=(postgres)
  sk_is_running kafka || mine+=(kafka)
  sk_is_running keycloak || mine+=(keycloak)
  # Keep what an earlier, interrupted run of the same owner recorded.
  { [[ -f "$file" ]] && cat "$file"; printf '%s\n' "${mine[@]}"; } | sed '/^$/d' | sort -u >"$file.new"
  mv "$file.new" "$file"
  "$SK_ROOT/deploy/infra/up.sh"
}

# Usage: sk_infra_down_tracked OWNER — stops what sk_infra_up_tracked OWNER started (Keycloak, Kafka, PostgreSQL).
sk_infra_down_tracked() {
  local file="$SK_RUN_DIR/$1.infra" piece
  [[ -f "$file" ]] || return 0
  for piece in keycloak kafka postgres; do
    if grep -qx "$piece" "$file"; then
      "$SK_ROOT/deploy/infra/$piece.sh" stop || true
    fi
  done
  rm -f "$file"
}

sk_stop_services() {
  local name
  for name in "${SK_SERVICES[@]%%:*}" "$SK_CASE_SYSTEM"; do
    if sk_is_running "$name"; then
      sk_info "stopping $name"
      sk_stop "$name"
    fi
  done
}
