#!/usr/bin/env bash
# Starts the whole suite on this machine: PostgreSQL, Kafka and Keycloak (deploy/infra), the four services built
# from this checkout, and demo data; then prints the URLs and demo logins. Ctrl-C stops everything it started;
# so does deploy/stop.sh from another terminal. With --detach it returns once everything is ready.
#
# Usage: deploy/run.sh [--detach]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$HERE/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=lib/suite.sh
. "$HERE/lib/suite.sh"

detach=false
case "${1:-}" in
  --detach) detach=true ;;
  "") ;;
  *) sk_fail "unknown option '$1'" "usage: deploy/run.sh [--detach]" ;;
esac

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

sk_info "building the services (first build downloads dependencies: several minutes; later ones about a minute)"
( cd "$SK_ROOT" && sk_mvn -B -q package -Dmaven.test.skip=true ) >"$SK_LOG_DIR/build.log" 2>&1 \
  || sk_fail "the build failed" "see $SK_LOG_DIR/build.log"
sk_ok "services built"

# The demo shows a year of follow-up: analytics may publish generated history (never set in production).
export SOCIALKONTAKT_ANALYTICS_DEMO_ENABLED=true
# ... and the housing e-service lives through a demo year of applications, whose events the dashboard counts.
export SOCIALKONTAKT_HOUSING_DEMO_ENABLED=true
# The production build with the demo's secrets (the database roles' passwords): production proper sets each secret in
# the environment and stops at start without it.
export QUARKUS_PROFILE=prod,demo
# Submitted applications go on to the case system, which is outside the suite: the demo runs a stand-in.
if sk_is_running "$SK_CASE_SYSTEM"; then
  sk_stop "$SK_CASE_SYSTEM"
fi
if sk_port_open localhost 8099; then
  sk_info "port 8099 is taken: no case system stand-in; submitted applications wait for a case system there"
else
  sk_start_bg "$SK_CASE_SYSTEM" "$SK_LOG_DIR/$SK_CASE_SYSTEM.log" "$JAVA_HOME/bin/java" -Xmx32m \
    -cp "$SK_ROOT/test-support/target/classes:$SK_ROOT/test-support/target/stand-in-lib/*" \
    se.socialkontakt.testsupport.CaseSystemIntake 8099
fi
for entry in "${SK_SERVICES[@]}"; do
  name="${entry%%:*}"
  if sk_is_running "$name"; then
    sk_info "$name is already running; restarting it with the fresh build"
    sk_stop "$name"
  fi
  # A JVM out of memory exits rather than limp on with dead threads (a consumer that stopped consuming).
  sk_start_bg "$name" "$SK_LOG_DIR/$name.log" "$JAVA_HOME/bin/java" -Xmx384m -XX:+ExitOnOutOfMemoryError \
    -jar "$SK_ROOT/$name/target/quarkus-app/quarkus-run.jar"
done
for entry in "${SK_SERVICES[@]}"; do
  name="${entry%%:*}" port="${entry##*:}"
  sk_info "waiting for $name to be ready"
  # Health, metrics and OpenAPI are on the management port: the public port + 1000.
  sk_wait_http "http://localhost:$((port + 1000))/q/health/ready" 120 "$name"
  sk_ok "$name ready on http://localhost:$port"
done

"$HERE/demo-data.sh"

cat <<INFO

 Socialkontakt is running.

   Service                    Page                     Management (not public): API description, readiness, metrics
   Ungdomschatten             http://localhost:8081/   http://localhost:9081/q/openapi   /q/health/ready   /q/metrics
   Särskilt boende (e-tjänst) http://localhost:8082/   http://localhost:9082/q/openapi   /q/health/ready   /q/metrics
   Kontaktcenter              http://localhost:8083/   http://localhost:9083/q/openapi   /q/health/ready   /q/metrics
   Uppföljning (analytics)    http://localhost:8084/   http://localhost:9084/q/openapi   /q/health/ready   /q/metrics
   Keycloak                   http://localhost:8180/admin   (admin / admin)
   Case system stand-in       http://localhost:8099/case-system  (takes submitted applications; demo only)
   Answer e-mails             not sent: the contact center's log shows each one (no mail server in the demo)

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
# Wait until Ctrl-C, or until deploy/stop.sh has stopped the services.
while true; do
  sleep 2
  sk_is_running analytics-service || { trap - EXIT; sk_info "the suite was stopped"; exit 0; }
done
