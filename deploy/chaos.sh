#!/usr/bin/env bash
# The fault harness of issue #13, on demand (its short run is FaultHarnessIT in mvn verify): builds the suite, starts
# it as deploy/run.sh --ha does, drives a mixed load through the balancer while it kills service instances, Kafka
# brokers, the Kafka controller leader and PostgreSQL, lets the suite settle, checks that no accepted request and no
# event was lost or counted twice, prints the table (also in system-tests/target/chaos-results.md) and stops the suite.
# Fails at once when a suite already answers on ports 8081-8084 (stop it first: deploy/stop.sh).
#
# Usage: deploy/chaos.sh [--minutes 30] [--kills-at-least 50] [--rate 2]
#   --rate: journeys started per second (a chat, an application, a contact-center case, FAQ votes and feedback)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$HERE/lib/common.sh"

sk_java_home
sk_info "building the services and the harness (log: $SK_LOG_DIR/chaos-build.log)"
# The harness is test code of system-tests: its classpath comes from the same reactor build.
( cd "$SK_ROOT" && sk_mvn -B -q package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/chaos.classpath -Dmdep.includeScope=test ) >"$SK_LOG_DIR/chaos-build.log" 2>&1 \
  || sk_fail "the build failed" "see $SK_LOG_DIR/chaos-build.log"
sk_ok "built"

cd "$SK_ROOT"
exec "$JAVA_HOME/bin/java" -Dsocialkontakt.root="$SK_ROOT" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "system-tests/target/test-classes:$(cat system-tests/target/chaos.classpath)" \
  se.socialkontakt.systemtest.chaos.ChaosRun "$@"
