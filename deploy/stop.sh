#!/usr/bin/env bash
# Stops what deploy/run.sh started, with or without --ha: the four services (or HAProxy and their instances) and
# whichever infrastructure it had to start (with --ha, the three Kafka brokers). Processes are found through their
# pid files only; nothing else on the machine is touched.
#
# Usage: deploy/stop.sh
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$HERE/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=lib/suite.sh
. "$HERE/lib/suite.sh"

sk_stop_services
sk_infra_down_tracked suite
sk_ok "Socialkontakt stopped"
