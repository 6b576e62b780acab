#!/usr/bin/env bash
# Local Kafka (KRaft) as plain JVM processes, built from the Maven Central
# artifacts because no Docker engine and no Apache mirror is available. The
# classpath is fetched once into .cache/ and reused. One broker by default; with
# KAFKA_NODES=3 a cluster of three (deploy/run.sh --ha), each process broker and
# controller, with the settings of deploy/k8s's cluster (kafka-broker.sh).
#
# Usage: deploy/infra/kafka.sh start|stop|status|bootstrap
#
# Environment (so a test harness can run a second, private broker):
#   KAFKA_NODES            1, or 3 for the cluster (default 1)
#   KAFKA_PORT             client port             (default 9092; the cluster's 9192, 9292, 9392)
#   KAFKA_CONTROLLER_PORT  KRaft controller port   (default 9093; the cluster's 9193, 9293, 9393)
#                          (node n of a cluster listens on both ports + 100 (n - 1))
#   KAFKA_NAME             pid/log/config name     (default kafka; the cluster's kafka-cluster, its nodes
#                          kafka-cluster-1 ... -3)
#   KAFKA_DATA_DIR         log.dirs                (default .run/<KAFKA_NAME>-data; a cluster node's is its
#                          subdirectory node-<n>)
#   KAFKA_TOPICS_FILE      the topics to ensure    (default: deploy/k8s/kafka-topics.conf, the one definition)
#   KAFKA_TOPICS           instead, only these topics (6 partitions, deleted after 30 days: the benchmarks' own)
#   KAFKA_REPLICATION      replication factor      (default 1 on one broker, 3 in the cluster)
#   KAFKA_MIN_INSYNC       min.insync.replicas     (default 1 on one broker, 2 in the cluster)
#   KAFKA_HEAP             max heap of each node   (default 512m)
#   SK_KAFKA_ADMIN_PASSWORD       the admin principal's password (default admin): scripts and tests create topics,
#                                 principals and ACLs with it, and nothing else may
#   SK_KAFKA_CONTROLLER_PASSWORD  the brokers' own password on their controller listener (default controller)
#   SK_KAFKA_PASSWORD_<NAME>      a service principal's password (default: its name; see kafka/KafkaAccess.java)
# (the same names as deploy/k8s and deploy/compose give these secrets)
#
# Clients authenticate with SASL/SCRAM-SHA-512 and may do only what deploy/k8s/kafka-acls.conf allows (plus, on these
# local brokers only, deploy/infra/kafka/demo-acls.conf). $SK_RUN_DIR/<KAFKA_NAME>/admin.properties is the admin's
# client configuration, for the Kafka tools: --command-config.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=../lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

KAFKA_VERSION=4.1.1
KAFKA_NODES="${KAFKA_NODES:-1}"
case "$KAFKA_NODES" in
  1) defaults=(kafka 9092 9093 1 1) ;;
  # Other names and ports than the single broker's, so the cluster can run beside it.
  3) defaults=(kafka-cluster 9192 9193 3 2) ;;
  *) sk_fail "KAFKA_NODES must be 1 or 3, not '$KAFKA_NODES'" ;;
esac
KAFKA_NAME="${KAFKA_NAME:-${defaults[0]}}"
KAFKA_PORT="${KAFKA_PORT:-${defaults[1]}}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-${defaults[2]}}"
KAFKA_REPLICATION="${KAFKA_REPLICATION:-${defaults[3]}}"
KAFKA_MIN_INSYNC="${KAFKA_MIN_INSYNC:-${defaults[4]}}"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$SK_RUN_DIR/$KAFKA_NAME-data}"
KAFKA_TOPICS_FILE="${KAFKA_TOPICS_FILE:-$SK_ROOT/deploy/k8s/kafka-topics.conf}"
KAFKA_TOPICS="${KAFKA_TOPICS:-}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
SK_KAFKA_ADMIN_PASSWORD="${SK_KAFKA_ADMIN_PASSWORD:-admin}"
SK_KAFKA_CONTROLLER_PASSWORD="${SK_KAFKA_CONTROLLER_PASSWORD:-controller}"

TEMPLATE_DIR="$SK_ROOT/deploy/infra/kafka"
KAFKA_HOME="$SK_CACHE_DIR/kafka-$KAFKA_VERSION"
LIBS="$KAFKA_HOME/libs"
ADMIN_PROPS="$SK_RUN_DIR/$KAFKA_NAME/admin.properties"
ACL_FILES=("$SK_ROOT/deploy/k8s/kafka-acls.conf" "$TEMPLATE_DIR/demo-acls.conf")
read -ra NODES <<<"$(seq -s " " 1 "$KAFKA_NODES")"

# Node N's ports: the configured ones, + 100 for each node before it.
node_port() { printf '%s' $((KAFKA_PORT + 100 * ($1 - 1))); }
node_controller_port() { printf '%s' $((KAFKA_CONTROLLER_PORT + 100 * ($1 - 1))); }

BOOTSTRAP="$(for n in "${NODES[@]}"; do printf 'localhost:%s\n' "$(node_port "$n")"; done | paste -sd,)"
if ((KAFKA_NODES == 1)); then
  # One controller: formatted with --standalone, it is found through bootstrap servers (Kafka 4's dynamic quorum).
  QUORUM="controller.quorum.bootstrap.servers=localhost:$KAFKA_CONTROLLER_PORT"
  FORMAT_QUORUM=(--standalone)
else
  # Three controllers: a static quorum of known voters, as deploy/k8s has.
  QUORUM="controller.quorum.voters=$(for n in "${NODES[@]}"; do printf '%s@localhost:%s\n' "$n" "$(node_controller_port "$n")"; done | paste -sd,)"
  FORMAT_QUORUM=()
fi

# Sets the NODE_* variables of node $1, the node the functions below work on.
select_node() {
  NODE_ID="$1"
  NODE_PORT="$(node_port "$1")"
  NODE_CONTROLLER_PORT="$(node_controller_port "$1")"
  if ((KAFKA_NODES == 1)); then
    NODE_NAME="$KAFKA_NAME" NODE_DATA_DIR="$KAFKA_DATA_DIR"
  else
    NODE_NAME="$KAFKA_NAME-$1" NODE_DATA_DIR="$KAFKA_DATA_DIR/node-$1"
  fi
  NODE_PROPS="$SK_RUN_DIR/$NODE_NAME/server.properties"
}

# The pom's checksum is part of the cache key: editing the pom (e.g. a new
# Kafka version) refetches, anything else never touches the network.
ensure_libs() {
  local stamp want tmp
  want="$(sha256sum "$TEMPLATE_DIR/pom.xml" | cut -d' ' -f1)"
  stamp="$KAFKA_HOME/.complete"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  sk_info "fetching the Kafka $KAFKA_VERSION broker classpath from Maven Central (once)"
  tmp="$KAFKA_HOME/libs.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  # Downloaded into a temp dir and swapped in, so an interrupted download
  # never leaves a half classpath that looks complete.
  if ! sk_mvn -B -q -f "$TEMPLATE_DIR/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp" >"$SK_LOG_DIR/$KAFKA_NAME-fetch.log" 2>&1; then
    rm -rf "$tmp"
    sk_fail "could not fetch the Kafka classpath with Maven" \
      "see $SK_LOG_DIR/$KAFKA_NAME-fetch.log (needs https://repo.maven.apache.org/maven2 or a filled ~/.m2)"
  fi
  rm -rf "$LIBS"
  mv "$tmp" "$LIBS"
  printf '%s\n' "$want" >"$stamp"
  sk_ok "Kafka classpath cached in $LIBS ($(find "$LIBS" -name '*.jar' | wc -l) jars)"
}

render_node_config() {
  mkdir -p "$(dirname "$NODE_PROPS")" "$NODE_DATA_DIR"
  chmod 700 "$(dirname "$NODE_PROPS")"
  sed -e "s|@KAFKA_NODE_ID@|$NODE_ID|g" \
    -e "s|@KAFKA_QUORUM@|$QUORUM|g" \
    -e "s|@KAFKA_PORT@|$NODE_PORT|g" \
    -e "s|@KAFKA_CONTROLLER_PORT@|$NODE_CONTROLLER_PORT|g" \
    -e "s|@KAFKA_DATA_DIR@|$NODE_DATA_DIR|g" \
    -e "s|@KAFKA_REPLICATION@|$KAFKA_REPLICATION|g" \
    -e "s|@KAFKA_MIN_INSYNC@|$KAFKA_MIN_INSYNC|g" \
    -e "s|@SK_KAFKA_ADMIN_PASSWORD@|$SK_KAFKA_ADMIN_PASSWORD|g" \
    -e "s|@SK_KAFKA_CONTROLLER_PASSWORD@|$SK_KAFKA_CONTROLLER_PASSWORD|g" \
    "$TEMPLATE_DIR/server.properties" >"$NODE_PROPS"
}

render_admin_config() {
  mkdir -p "$(dirname "$ADMIN_PROPS")"
  chmod 700 "$(dirname "$ADMIN_PROPS")"
  cat >"$ADMIN_PROPS" <<PROPERTIES
bootstrap.servers=$BOOTSTRAP
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$SK_KAFKA_ADMIN_PASSWORD";
PROPERTIES
}

# Runs a Kafka command-line tool (StorageTool, TopicCommand) on the cached
# classpath; its log goes to a separate file so it does not mix with the broker's.
kafka_tool() {
  java -Xmx256m -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$TEMPLATE_DIR/log4j2.xml" \
    -Dsk.kafka.logfile="$SK_LOG_DIR/$KAFKA_NAME-tools.log" \
    -cp "$LIBS/*" "$@"
}

# The id all nodes are formatted with: a cluster's other nodes already have it when one node's data was deleted.
cluster_id() {
  local meta
  for meta in "$KAFKA_DATA_DIR"/node-*/meta.properties; do
    if [[ -f "$meta" ]]; then
      sed -n 's/^cluster.id=//p' "$meta"
      return 0
    fi
  done
  kafka_tool kafka.tools.StorageTool random-uuid ||
    sk_fail "kafka.tools.StorageTool random-uuid failed" "see $SK_LOG_DIR/$KAFKA_NAME-tools.log"
}

# Formats once: the data dir then holds meta.properties with the cluster id.
# The controller endpoints are baked into the KRaft log at format time, so
# reusing a data dir with other ports cannot work.
# The admin principal's SCRAM credential is written at format time too: it is how every other principal and ACL is
# created afterwards.
ensure_formatted() {
  local ports_file="$NODE_DATA_DIR/.sk-ports" want="$NODE_PORT $NODE_CONTROLLER_PORT scram" id
  if [[ -f "$NODE_DATA_DIR/meta.properties" ]]; then
    if [[ -f "$ports_file" && "$(cat "$ports_file")" == "$NODE_PORT $NODE_CONTROLLER_PORT" ]]; then
      sk_fail "$NODE_DATA_DIR was formatted before the broker required authentication (no admin principal)" \
        "delete $NODE_DATA_DIR (its topics and messages are lost; the services' outboxes and analytics' archive keep theirs)"
    fi
    if [[ -f "$ports_file" && "$(cat "$ports_file")" != "$want" ]]; then
      sk_fail "$NODE_DATA_DIR was formatted for ports $(cat "$ports_file"), not $want" \
        "use another KAFKA_DATA_DIR, or delete $KAFKA_DATA_DIR (its topics and messages are lost)"
    fi
    return 0
  fi
  sk_info "formatting Kafka storage in $NODE_DATA_DIR (once)"
  id="$(cluster_id)"
  kafka_tool kafka.tools.StorageTool format "${FORMAT_QUORUM[@]}" -t "$id" -c "$NODE_PROPS" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$SK_KAFKA_ADMIN_PASSWORD]" \
    >"$SK_LOG_DIR/$NODE_NAME-format.log" 2>&1 ||
    sk_fail "formatting Kafka storage failed" "see $SK_LOG_DIR/$NODE_NAME-format.log; delete $KAFKA_DATA_DIR and retry"
  printf '%s\n' "$want" >"$ports_file"
}

# The topics to ensure, one "name partitions cleanup.policy retention.ms" line each: the topics file without its
# comments, or KAFKA_TOPICS when set.
topic_lines() {
  if [[ -n "$KAFKA_TOPICS" ]]; then
    local topic
    for topic in $KAFKA_TOPICS; do
      printf '%s 6 delete 2592000000\n' "$topic"
    done
  else
    [[ -r "$KAFKA_TOPICS_FILE" ]] || sk_fail "no topics file at $KAFKA_TOPICS_FILE"
    sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$KAFKA_TOPICS_FILE"
  fi
}

# Right after the port opens the broker may not have registered with its own
# controller yet, and creating a topic then fails; retry.
ensure_topics() {
  local existing missing=() topic partitions policy retention i
  for ((i = 1; ; i++)); do
    if existing="$(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_PROPS" --list 2>>"$SK_LOG_DIR/$KAFKA_NAME-tools.log")"; then
      break
    fi
    ((i < 10)) || sk_fail "could not list Kafka topics on $BOOTSTRAP" "see $SK_LOG_DIR/$KAFKA_NAME-tools.log and $SK_LOG_DIR/$KAFKA_NAME.log"
    sleep 1
  done
  while read -r topic partitions policy retention; do
    grep -qx -- "$topic" <<<"$existing" && continue
    missing+=("$topic")
    for ((i = 1; ; i++)); do
      if kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_PROPS" \
        --create --if-not-exists \
        --topic "$topic" --partitions "$partitions" --replication-factor "$KAFKA_REPLICATION" \
        --config "cleanup.policy=$policy" --config "retention.ms=$retention" \
        --config "min.insync.replicas=$KAFKA_MIN_INSYNC" >>"$SK_LOG_DIR/$KAFKA_NAME-tools.log" 2>&1; then
        break
      fi
      ((i < 10)) || sk_fail "could not create Kafka topic $topic" "see $SK_LOG_DIR/$KAFKA_NAME-tools.log"
      sleep 1
    done
  done < <(topic_lines)
  if ((${#missing[@]})); then
    sk_ok "Kafka topics created: ${missing[*]} (replication $KAFKA_REPLICATION)"
  else
    sk_ok "Kafka topics present: $(topic_lines | awk '{print $1}' | tr '\n' ' ')"
  fi
}

# Every principal of the ACL files with its password and exactly its ACLs (KafkaAccess.java, one JVM for all).
ensure_access() {
  kafka_tool "$TEMPLATE_DIR/KafkaAccess.java" "$ADMIN_PROPS" "${ACL_FILES[@]}" >>"$SK_LOG_DIR/$KAFKA_NAME-tools.log" 2>&1 ||
    sk_fail "could not create the Kafka principals and ACLs" "see $SK_LOG_DIR/$KAFKA_NAME-tools.log"
  sk_ok "Kafka principals and ACLs of $(basename "${ACL_FILES[0]}") in place"
}

# Starts node $1 unless it runs; the nodes of a cluster are started side by side, since none is ready before a
# majority of the controllers is up.
start_node() {
  select_node "$1"
  if sk_is_running "$NODE_NAME"; then
    sk_ok "$NODE_NAME already running (pid $(cat "$SK_PID_DIR/$NODE_NAME.pid")) on localhost:$NODE_PORT"
    return 0
  fi
  if sk_port_open localhost "$NODE_PORT" || sk_port_open localhost "$NODE_CONTROLLER_PORT"; then
    sk_fail "port $NODE_PORT or $NODE_CONTROLLER_PORT is already in use by a process these scripts did not start" \
      "stop it, or pick other ports: KAFKA_PORT=... KAFKA_CONTROLLER_PORT=... KAFKA_NAME=... $0 start"
  fi
  render_node_config
  ensure_formatted
  sk_info "starting $NODE_NAME on localhost:$NODE_PORT (log: $SK_LOG_DIR/$NODE_NAME.log)"
  : >"$SK_LOG_DIR/$NODE_NAME.out"
  sk_start_bg "$NODE_NAME" "$SK_LOG_DIR/$NODE_NAME.out" \
    java "-Xms256m" "-Xmx$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$TEMPLATE_DIR/log4j2.xml" \
    -Dsk.kafka.logfile="$SK_LOG_DIR/$NODE_NAME.log" \
    -Dkafka.logs.dir="$SK_LOG_DIR" \
    -cp "$LIBS/*" kafka.Kafka "$NODE_PROPS"
}

start() {
  local t0=$SECONDS n
  sk_java_home
  ensure_libs
  for n in "${NODES[@]}"; do
    start_node "$n"
  done
  render_admin_config
  for n in "${NODES[@]}"; do
    select_node "$n"
    sk_wait_port localhost "$NODE_PORT" 60 "$NODE_NAME"
  done
  sk_ok "$KAFKA_NAME up on $BOOTSTRAP after $((SECONDS - t0)) s"
  ensure_topics
  ensure_access
}

stop_node() {
  select_node "$1"
  if sk_is_running "$NODE_NAME"; then
    sk_info "stopping $NODE_NAME"
    sk_stop "$NODE_NAME"
    sk_ok "$NODE_NAME stopped"
  else
    sk_stop "$NODE_NAME" # clears a stale pid file
    sk_info "$NODE_NAME was not running (from our pid file)"
  fi
}

# A cluster's nodes stop side by side, each without a controlled shutdown (see kafka/server.properties).
stop() {
  local n
  for n in "${NODES[@]}"; do
    stop_node "$n" &
  done
  wait
}

status() {
  local n running=0
  for n in "${NODES[@]}"; do
    select_node "$n"
    if sk_is_running "$NODE_NAME"; then
      echo "$NODE_NAME: running (pid $(cat "$SK_PID_DIR/$NODE_NAME.pid")) on localhost:$NODE_PORT, data in $NODE_DATA_DIR"
      running=$((running + 1))
    else
      echo "$NODE_NAME: not running"
    fi
  done
  ((running > 0)) || return 1
  sk_java_home
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_PROPS" \
    --describe --exclude-internal 2>/dev/null |
    grep -E '^Topic:' || true
  ((running == KAFKA_NODES))
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  # The clients' bootstrap.servers, for scripts that start clients of these brokers.
  bootstrap) printf '%s\n' "$BOOTSTRAP" ;;
  *)
    echo "usage: $0 start|stop|status|bootstrap" >&2
    exit 2
    ;;
esac
