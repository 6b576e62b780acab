#!/usr/bin/env bash
# HAProxy in front of the services' two instances each, for deploy/run.sh --ha: Debian's haproxy package (installed
# when missing, as root, like PostgreSQL), run as a plain process of the user, not as the system's service, with a
# configuration generated from deploy/infra/haproxy/ into .run/haproxy/. It listens on the services' own ports
# (8081-8084) and checks each instance's /q/health/ready on its management port.
#
# Usage: deploy/infra/haproxy.sh start|stop|status
#
# Environment: HAPROXY_STATS_PORT  the statistics page, on loopback (default 8404)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source-path=SCRIPTDIR source=../lib/common.sh
. "$HERE/../lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=../lib/suite.sh
. "$HERE/../lib/suite.sh"

HAPROXY_STATS_PORT="${HAPROXY_STATS_PORT:-8404}"
TEMPLATE_DIR="$HERE/haproxy"
CONFIG="$SK_RUN_DIR/haproxy/haproxy.cfg"

install_haproxy() {
  command -v haproxy >/dev/null 2>&1 && return 0
  if [[ $EUID -ne 0 ]]; then
    sk_fail "HAProxy is not installed" "run this script as root once (it installs Debian's haproxy), or: apt-get install haproxy"
  fi
  sk_info "installing HAProxy from Debian (apt-get, once)"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -q && apt-get install -y -q haproxy; } >"$SK_LOG_DIR/haproxy-install.log" 2>&1; then
    sk_fail "apt-get install haproxy failed" "see $SK_LOG_DIR/haproxy-install.log"
  fi
}

render_config() {
  local entry name port n expressions
  mkdir -p "$(dirname "$CONFIG")"
  sed -e "s|@STATS_PORT@|$HAPROXY_STATS_PORT|g" "$TEMPLATE_DIR/haproxy.cfg" >"$CONFIG"
  for entry in "${SK_SERVICES[@]}"; do
    name="${entry%%:*}" port="${entry##*:}"
    expressions=(-e "s|@NAME@|$name|g" -e "s|@PORT@|$port|g")
    for n in "${SK_INSTANCES[@]}"; do
      expressions+=(-e "s|@PORT_$n@|$(sk_instance_port "$port" "$n")|g"
        -e "s|@MANAGEMENT_$n@|$(($(sk_instance_port "$port" "$n") + 1000))|g")
    done
    sed "${expressions[@]}" "$TEMPLATE_DIR/service.cfg" >>"$CONFIG"
  done
  haproxy -c -f "$CONFIG" >"$SK_LOG_DIR/haproxy-check.log" 2>&1 ||
    sk_fail "HAProxy rejects the configuration $CONFIG" "see $SK_LOG_DIR/haproxy-check.log"
}

start() {
  local entry port
  if sk_is_running "$SK_BALANCER"; then
    sk_ok "HAProxy already running (pid $(cat "$SK_PID_DIR/$SK_BALANCER.pid"))"
    return 0
  fi
  for port in "${SK_SERVICES[@]##*:}" "$HAPROXY_STATS_PORT"; do
    if sk_port_open localhost "$port"; then
      sk_fail "port $port is already in use (by the services of deploy/run.sh without --ha?)" \
        "stop it: deploy/stop.sh, or whatever else listens there"
    fi
  done
  install_haproxy
  render_config
  sk_info "starting HAProxy on ports ${SK_SERVICES[*]##*:} (log: $SK_LOG_DIR/haproxy.log)"
  : >"$SK_LOG_DIR/haproxy.log"
  # -db: in the foreground, so that the pid file names HAProxy itself and its log goes to the file.
  sk_start_bg "$SK_BALANCER" "$SK_LOG_DIR/haproxy.log" haproxy -db -f "$CONFIG"
  for entry in "${SK_SERVICES[@]}"; do
    sk_wait_port localhost "${entry##*:}" 10 "$SK_BALANCER"
  done
  sk_ok "HAProxy up; which instances it sends to: http://localhost:$HAPROXY_STATS_PORT/"
}

stop() {
  if sk_is_running "$SK_BALANCER"; then
    sk_info "stopping HAProxy"
    sk_stop "$SK_BALANCER"
    sk_ok "HAProxy stopped"
  else
    sk_stop "$SK_BALANCER" # clears a stale pid file
    sk_info "HAProxy was not running (from our pid file)"
  fi
}

status() {
  if sk_is_running "$SK_BALANCER"; then
    echo "haproxy: running (pid $(cat "$SK_PID_DIR/$SK_BALANCER.pid")) on ports ${SK_SERVICES[*]##*:}"
    # The statistics as CSV: proxy, server, status (UP, DOWN, ...).
    curl -fsS "http://localhost:$HAPROXY_STATS_PORT/;csv" | awk -F, '$2 ~ /-[0-9]+$/ { print "  " $2 ": " $18 }'
  else
    echo "haproxy: not running"
    return 1
  fi
}

case "${1:-}" in
  start | stop | status) "$1" ;;
  *) sk_fail "usage: $0 start|stop|status" ;;
esac
