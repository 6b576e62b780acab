#!/usr/bin/env bash
# Single-node Kafka (KRaft) as a plain JVM process, built from the Maven
# Central artifacts because no Docker engine and no Apache mirror is
# available. The classpath is fetched once into .cache/ and reused.
#
# Usage: deploy/infra/kafka.sh start|stop|status
#
# Environment (so a test harness can run a second, private broker):
#   KAFKA_PORT             client port             (default 9092)
#   KAFKA_CONTROLLER_PORT  KRaft controller port   (default 9093)
#   KAFKA_NAME             pid/log/config name     (default kafka)
#   KAFKA_DATA_DIR         log.dirs                (default .run/<KAFKA_NAME>-data)
#   KAFKA_TOPICS_FILE      the topics to ensure    (default: deploy/k8s/kafka-topics.conf, the one definition)
#   KAFKA_TOPICS           instead, only these topics (6 partitions, deleted after 30 days: the benchmarks' own)
#   KAFKA_REPLICATION      replication factor      (default 1: one broker)
#   KAFKA_MIN_INSYNC       min.insync.replicas     (default 1)
#   KAFKA_HEAP             max heap                (default 512m)
#   SK_KAFKA_ADMIN_PASSWORD       the admin principal's password (default admin): scripts and tests create topics,
#                                 principals and ACLs with it, and nothing else may
#   SK_KAFKA_CONTROLLER_PASSWORD  the broker's own password on its controller listener (default controller)
#   SK_KAFKA_PASSWORD_<NAME>      a service principal's password (default: its name; see kafka/KafkaAccess.java)
# (the same names as deploy/k8s and deploy/compose give these secrets)
#
# Clients authenticate with SASL/SCRAM-SHA-512 and may do only what deploy/k8s/kafka-acls.conf allows (plus, on this
# local broker only, deploy/infra/kafka/demo-acls.conf). $SK_RUN_DIR/<KAFKA_NAME>/admin.properties is the admin's
# client configuration, for the Kafka tools: --command-config.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=../lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

KAFKA_VERSION=4.1.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_NAME="${KAFKA_NAME:-kafka}"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$SK_RUN_DIR/$KAFKA_NAME-data}"
KAFKA_TOPICS_FILE="${KAFKA_TOPICS_FILE:-$SK_ROOT/deploy/k8s/kafka-topics.conf}"
KAFKA_TOPICS="${KAFKA_TOPICS:-}"
KAFKA_REPLICATION="${KAFKA_REPLICATION:-1}"
KAFKA_MIN_INSYNC="${KAFKA_MIN_INSYNC:-1}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
SK_KAFKA_ADMIN_PASSWORD="${SK_KAFKA_ADMIN_PASSWORD:-admin}"
SK_KAFKA_CONTROLLER_PASSWORD="${SK_KAFKA_CONTROLLER_PASSWORD:-controller}"

TEMPLATE_DIR="$SK_ROOT/deploy/infra/kafka"
KAFKA_HOME="$SK_CACHE_DIR/kafka-$KAFKA_VERSION"
LIBS="$KAFKA_HOME/libs"
CONF_DIR="$SK_RUN_DIR/$KAFKA_NAME"
PROPS="$CONF_DIR/server.properties"
ADMIN_PROPS="$CONF_DIR/admin.properties"
ACL_FILES=("$SK_ROOT/deploy/k8s/kafka-acls.conf" "$TEMPLATE_DIR/demo-acls.conf")
BOOTSTRAP="localhost:$KAFKA_PORT"

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

render_config() {
  mkdir -p "$CONF_DIR" "$KAFKA_DATA_DIR"
  chmod 700 "$CONF_DIR"
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
    -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@KAFKA_DATA_DIR@|$KAFKA_DATA_DIR|g" \
    -e "s|@SK_KAFKA_ADMIN_PASSWORD@|$SK_KAFKA_ADMIN_PASSWORD|g" \
    -e "s|@SK_KAFKA_CONTROLLER_PASSWORD@|$SK_KAFKA_CONTROLLER_PASSWORD|g" \
    "$TEMPLATE_DIR/server.properties" >"$PROPS"
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

# Formats once: the data dir then holds meta.properties with the cluster id.
# The controller endpoint is baked into the KRaft log at format time
# (--standalone), so reusing a data dir with other ports cannot work.
# The admin principal's SCRAM credential is written at format time too: it is how every other principal and ACL is
# created afterwards.
ensure_formatted() {
  local ports_file="$KAFKA_DATA_DIR/.sk-ports" want="$KAFKA_PORT $KAFKA_CONTROLLER_PORT scram" cluster_id
  if [[ -f "$KAFKA_DATA_DIR/meta.properties" ]]; then
    if [[ -f "$ports_file" && "$(cat "$ports_file")" == "$KAFKA_PORT $KAFKA_CONTROLLER_PORT" ]]; then
      sk_fail "$KAFKA_DATA_DIR was formatted before the broker required authentication (no admin principal)" \
        "delete $KAFKA_DATA_DIR (its topics and messages are lost; the services' outboxes and analytics' archive keep theirs)"
    fi
    if [[ -f "$ports_file" && "$(cat "$ports_file")" != "$want" ]]; then
      sk_fail "$KAFKA_DATA_DIR was formatted for ports $(cat "$ports_file"), not $want" \
        "use another KAFKA_DATA_DIR, or delete $KAFKA_DATA_DIR (its topics and messages are lost)"
    fi
    return 0
  fi
  sk_info "formatting Kafka storage in $KAFKA_DATA_DIR (once)"
  cluster_id="$(kafka_tool kafka.tools.StorageTool random-uuid)" ||
    sk_fail "kafka.tools.StorageTool random-uuid failed" "see $SK_LOG_DIR/$KAFKA_NAME-tools.log"
  kafka_tool kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$PROPS" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$SK_KAFKA_ADMIN_PASSWORD]" \
    >"$SK_LOG_DIR/$KAFKA_NAME-format.log" 2>&1 ||
    sk_fail "formatting Kafka storage failed" "see $SK_LOG_DIR/$KAFKA_NAME-format.log; delete $KAFKA_DATA_DIR and retry"
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

start() {
  local t0=$SECONDS
  sk_java_home
  if sk_is_running "$KAFKA_NAME"; then
    sk_ok "$KAFKA_NAME already running (pid $(cat "$SK_PID_DIR/$KAFKA_NAME.pid")) on $BOOTSTRAP"
    render_config
    ensure_topics
    ensure_access
    return 0
  fi
  if sk_port_open localhost "$KAFKA_PORT" || sk_port_open localhost "$KAFKA_CONTROLLER_PORT"; then
    sk_fail "port $KAFKA_PORT or $KAFKA_CONTROLLER_PORT is already in use by a process these scripts did not start" \
      "stop it, or pick other ports: KAFKA_PORT=... KAFKA_CONTROLLER_PORT=... KAFKA_NAME=... $0 start"
  fi
  ensure_libs
  render_config
  ensure_formatted
  sk_info "starting $KAFKA_NAME on $BOOTSTRAP (log: $SK_LOG_DIR/$KAFKA_NAME.log)"
  : >"$SK_LOG_DIR/$KAFKA_NAME.out"
  sk_start_bg "$KAFKA_NAME" "$SK_LOG_DIR/$KAFKA_NAME.out" \
    java "-Xms256m" "-Xmx$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$TEMPLATE_DIR/log4j2.xml" \
    -Dsk.kafka.logfile="$SK_LOG_DIR/$KAFKA_NAME.log" \
    -Dkafka.logs.dir="$SK_LOG_DIR" \
    -cp "$LIBS/*" kafka.Kafka "$PROPS"
  sk_wait_port localhost "$KAFKA_PORT" 60 "$KAFKA_NAME"
  sk_ok "$KAFKA_NAME up on $BOOTSTRAP in $((SECONDS - t0)) s"
  ensure_topics
  ensure_access
}

stop() {
  if sk_is_running "$KAFKA_NAME"; then
    sk_info "stopping $KAFKA_NAME"
    sk_stop "$KAFKA_NAME"
    sk_ok "$KAFKA_NAME stopped"
  else
    sk_stop "$KAFKA_NAME" # clears a stale pid file
    sk_info "$KAFKA_NAME was not running (from our pid file)"
  fi
}

status() {
  if sk_is_running "$KAFKA_NAME"; then
    echo "$KAFKA_NAME: running (pid $(cat "$SK_PID_DIR/$KAFKA_NAME.pid")) on $BOOTSTRAP, data in $KAFKA_DATA_DIR"
    sk_java_home
    kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_PROPS" \
      --describe --exclude-internal 2>/dev/null |
      grep -E '^Topic:' || true
  else
    echo "$KAFKA_NAME: not running"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
