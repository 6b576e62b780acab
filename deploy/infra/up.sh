#!/usr/bin/env bash
# Starts the local infrastructure: PostgreSQL, Kafka and Keycloak (with KAFKA_NODES=3, Kafka is a cluster of three
# brokers: see kafka.sh).
# Idempotent: whatever already runs is left running, cached downloads are
# reused, so running it twice is cheap and safe.
#
# Usage: deploy/infra/up.sh
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source-path=SCRIPTDIR source=../lib/common.sh
. "$HERE/../lib/common.sh"

t0=$SECONDS
# Fail once, up front, rather than in two parallel starts at the same time.
sk_java_home
sk_info "using JAVA_HOME=$JAVA_HOME"

"$HERE/postgres.sh" start

# Kafka and Keycloak are independent and each spends most of its start-up
# waiting on a JVM, so start them side by side. Kafka's output is buffered
# and shown after Keycloak's so the two progress outputs do not interleave.
kafka_out="$(mktemp)"
trap 'rm -f "$kafka_out"' EXIT
"$HERE/kafka.sh" start >"$kafka_out" 2>&1 &
kafka_pid=$!

kc_rc=0
"$HERE/keycloak.sh" start || kc_rc=$?

kafka_rc=0
wait "$kafka_pid" || kafka_rc=$?
cat "$kafka_out"

if ((kc_rc != 0 || kafka_rc != 0)); then
  sk_fail "infrastructure did not come up completely (keycloak exit $kc_rc, kafka exit $kafka_rc)" \
    "read the FAIL lines above; deploy/infra/down.sh stops whatever did start"
fi

cat <<INFO

 Infrastructure ready in $((SECONDS - t0)) s
   PostgreSQL  localhost:5432   databases sk_<service>[_test], user = password = sk_<service>
               (services: chat housing contactcenter analytics)
   Kafka       $("$HERE/kafka.sh" bootstrap)   topics of deploy/k8s/kafka-topics.conf
   Keycloak    http://localhost:8180/realms/socialkontakt   admin console: http://localhost:8180/admin (admin/admin)
               demo users (password demo): resident counsellor supervisor agent handler assessor communicator manager admin
   Logs        $SK_LOG_DIR
INFO
