#!/usr/bin/env bash
# Stops what deploy/infra/up.sh started, in reverse order. Each script only
# stops processes recorded in its own pid file (and PostgreSQL only if these
# scripts started it), so nothing else on the machine is touched.
#
# Usage: deploy/infra/down.sh
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"

# Keep going after a failure so one stuck service does not leave the others up.
rc=0
"$HERE/keycloak.sh" stop || rc=1
"$HERE/kafka.sh" stop || rc=1
"$HERE/postgres.sh" stop || rc=1
exit "$rc"
