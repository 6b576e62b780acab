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

# The page tests drive Debian's chromium and inject axe-core from npm (no browser download is possible).
if ! command -v chromium >/dev/null 2>&1; then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    sk_info "installing Debian's chromium for the page tests"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$SK_LOG_DIR/apt-chromium.log" 2>&1 \
      || sk_fail "could not install chromium" "see $SK_LOG_DIR/apt-chromium.log, or run: sudo apt-get install -y chromium"
  else
    sk_fail "the page tests need Chromium and it is not installed" "run: sudo apt-get install -y chromium"
  fi
fi
command -v npm >/dev/null 2>&1 || sk_fail "the page tests need npm" "run: sudo apt-get install -y npm"
( cd "$SK_ROOT/system-tests" && npm ci --no-audit --no-fund --loglevel=error ) >"$SK_LOG_DIR/npm.log" 2>&1 \
  || sk_fail "npm could not install the page-test tools" "see $SK_LOG_DIR/npm.log"

trap 'sk_infra_down_tracked test' EXIT
sk_infra_up_tracked test

sk_info "running all tests (mvn verify)"
cd "$SK_ROOT"
sk_mvn -B verify -Dsocialkontakt.chromium="$(command -v chromium)" "$@"
