#!/usr/bin/env bash
# Starts the whole suite on this machine: PostgreSQL, Kafka and Keycloak (deploy/infra), the four services built
# from this checkout, and demo data; then prints the URLs and demo logins. Ctrl-C stops everything it started;
# so does deploy/stop.sh from another terminal. With --detach it returns once everything is ready.
# With --ha: two instances of each service behind HAProxy (deploy/infra/haproxy.sh) on the same public ports, and
# Kafka as a cluster of three brokers (deploy/infra/kafka.sh with KAFKA_NODES=3), as in production.
# With --no-build it starts the services packaged before (the fault harness runs inside mvn verify, which packaged
# them). --restart-instance NAME-N starts one instance of the running --ha suite again (after the fault harness killed
# it), as the suite started it, and returns when it is ready.
#
# Usage: deploy/run.sh [--ha] [--detach] [--no-build]
#        deploy/run.sh --restart-instance chat-service-1
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$HERE/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=lib/suite.sh
. "$HERE/lib/suite.sh"

usage="usage: deploy/run.sh [--ha] [--detach] [--no-build] | --restart-instance <service>-<n>"
detach=false ha=false build=true
while (($#)); do
  case "$1" in
    --detach) detach=true ;;
    --ha) ha=true ;;
    --no-build) build=false ;;
    --restart-instance)
      (($# == 2)) || sk_fail "--restart-instance takes one instance name and nothing else" "$usage"
      port="$(sk_instance_public_port "$2")" || sk_fail "no instance '$2'" "name one like chat-service-1"
      sk_java_home
      sk_export_service_environment true
      sk_stop "$2"
      sk_start_service "$2" "$port"
      sk_await_service "$2" "$port"
      exit 0
      ;;
    *) sk_fail "unknown option '$1'" "$usage" ;;
  esac
  shift
done
if $ha; then
  # Read by deploy/infra/up.sh's kafka.sh and by sk_infra_up_tracked.
  export KAFKA_NODES=3
fi

sk_java_home
stopping=false
stop_everything() {
  $stopping && return
  stopping=true
  printf '\n'
  sk_info "stopping the suite"
  sk_stop_services
  sk_infra_down_tracked suite
  sk_ok "stopped"
}
# A failed start must not leave half a suite running.
trap 'stop_everything; exit 130' INT TERM
trap '[[ $? -eq 0 ]] || stop_everything' EXIT

sk_infra_up_tracked suite

if $build; then
  sk_info "building the services (first build downloads dependencies: several minutes; later ones about a minute)"
  ( cd "$SK_ROOT" && sk_mvn -B -q package -Dmaven.test.skip=true ) >"$SK_LOG_DIR/build.log" 2>&1 \
    || sk_fail "the build failed" "see $SK_LOG_DIR/build.log"
  sk_ok "services built"
fi

sk_export_service_environment "$ha"
# Whatever ran before, in either mode, makes way for the fresh build.
sk_stop_services
# Submitted applications go on to the case system, which is outside the suite: the demo runs a stand-in.
if sk_port_open localhost 8099; then
  sk_info "port 8099 is taken: no case system stand-in; submitted applications wait for a case system there"
else
  sk_start_bg "$SK_CASE_SYSTEM" "$SK_LOG_DIR/$SK_CASE_SYSTEM.log" "$JAVA_HOME/bin/java" -Xmx32m \
    -cp "$SK_ROOT/test-support/target/classes:$SK_ROOT/test-support/target/stand-in-lib/*" \
    se.socialkontakt.testsupport.CaseSystemIntake 8099
fi
# name:port of each process: the services, or with --ha their instances (name-1, name-2).
processes=()
for entry in "${SK_SERVICES[@]}"; do
  name="${entry%%:*}" port="${entry##*:}"
  if $ha; then
    for n in "${SK_INSTANCES[@]}"; do
      processes+=("$name-$n:$(sk_instance_port "$port" "$n")")
    done
  else
    processes+=("$entry")
  fi
done
for entry in "${processes[@]}"; do
  sk_start_service "${entry%%:*}" "${entry##*:}"
done
for entry in "${processes[@]}"; do
  sk_await_service "${entry%%:*}" "${entry##*:}"
done
if $ha; then
  "$HERE/infra/haproxy.sh" start
fi

"$HERE/demo-data.sh"

management=1000 topology=''
if $ha; then
  # The management column then shows instance 1's ports.
  management=$(($(sk_instance_port 0 1) + 1000))
  topology="
   High availability (--ha): HAProxy on the ports above sends each request and each chat socket to one of two
   instances of each service (management above: instance 1's; instance 2's ports are 100 higher); which instances
   are up: http://localhost:8404/ . Kafka: three brokers $KAFKA_BOOTSTRAP_SERVERS
   (replication factor 3, min.insync.replicas 2)."
fi
cat <<INFO

 Socialkontakt is running.

   Service                    Page                     Management (not public): API description, readiness, metrics
   Ungdomschatten             http://localhost:8081/   http://localhost:$((8081 + management))/q/openapi   /q/health/ready   /q/metrics
   Särskilt boende (e-tjänst) http://localhost:8082/   http://localhost:$((8082 + management))/q/openapi   /q/health/ready   /q/metrics
   Kontaktcenter              http://localhost:8083/   http://localhost:$((8083 + management))/q/openapi   /q/health/ready   /q/metrics
   Uppföljning (analytics)    http://localhost:8084/   http://localhost:$((8084 + management))/q/openapi   /q/health/ready   /q/metrics
   Keycloak                   http://localhost:8180/admin   (admin / admin)
   Case system stand-in       http://localhost:8099/case-system  (takes submitted applications; demo only)
   Answer e-mails             not sent: the contact center's log shows each one (no mail server in the demo)$topology

   Demo logins (password: demo): resident (Tolvan Tolvansson, 19121212-1212), counsellor, supervisor,
   agent, handler, assessor, communicator, manager, admin, data-protection, unit-manager
   Audit log review (every service): /loggranskning, e.g. http://localhost:8082/loggranskning
   Example: token for the manager, then today's event counts
     curl -s -d grant_type=password -d client_id=socialkontakt-cli -d username=manager -d password=demo \\
       http://localhost:8180/realms/socialkontakt/protocol/openid-connect/token
     curl -s -H "Authorization: Bearer <access_token>" http://localhost:8084/api/events/counts

   Logs: $SK_LOG_DIR
INFO

if $detach; then
  trap - EXIT INT TERM
  printf '   Stop with: deploy/stop.sh\n'
  exit 0
fi
printf '   Stop with Ctrl-C (or deploy/stop.sh from another terminal).\n'
# Wait until Ctrl-C, or until deploy/stop.sh has stopped the services (the balancer first, with --ha).
watched=analytics-service
$ha && watched="$SK_BALANCER"
while true; do
  sleep 2
  sk_is_running "$watched" || { trap - EXIT; sk_info "the suite was stopped"; exit 0; }
done
