#!/usr/bin/env bash
# Runs every test: starts the infrastructure the tests use (PostgreSQL, Kafka, Keycloak) if it is not running,
# runs the Maven build with all unit, integration and system tests, and stops again whatever it started.
#
# Usage: deploy/test.sh [extra Maven arguments]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$HERE/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=lib/suite.sh
. "$HERE/lib/suite.sh"

sk_java_home
trap 'sk_infra_down_tracked test' EXIT
sk_infra_up_tracked test

sk_info "running all tests (mvn verify)"
cd "$SK_ROOT"
sk_mvn -B verify "$@"
