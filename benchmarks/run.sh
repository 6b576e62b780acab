#!/usr/bin/env bash
# The youth chat's WebSocket delivery benchmark, run on demand (never by CI or `mvn verify`).
#
# For each number of conversations it starts a raw WebSocket relay (the baseline) and then chat-service, each
# fresh in its own JVM, drives both with the same pairs of clients, message rate and size, and prints delivery
# latency p50/p90/p99/max, messages per second and server RSS as a table, also written to
# benchmarks/target/results.md. chat-service runs from its packaged jar on port 18191 with a database of its own
# (sk_chat_bench, emptied at every start) and a Kafka topic of its own (chat-events-bench).
#
# Usage: benchmarks/run.sh [--conversations 1000,5000] [--duration 60] [--baseline-only] [--skip-build]
#                          [any other ChatBenchmark option, e.g. --warmup 10 --interval-ms 2000; --help lists them]
# Environment: CHAT_OPTS="-Dkey=value ..." passes more system properties to chat-service.
#
# It starts the infrastructure (deploy/infra) if needed and stops again only what it started; the servers under
# test are started and stopped by the benchmark itself, by their own process handles.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source-path=SCRIPTDIR source=../deploy/lib/common.sh
. "$HERE/../deploy/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=../deploy/lib/suite.sh
. "$HERE/../deploy/lib/suite.sh"
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"

conversations=1000,5000
servers=relay,chat
build=true
pass=()
while (($#)); do
  case "$1" in
    --conversations) conversations="${2:?--conversations needs a value}"; shift 2 ;;
    --baseline-only) servers=relay; shift ;;
    --skip-build) build=false; shift ;;
    --servers) servers="${2:?--servers needs a value}"; shift 2 ;;
    -h | --help)
      awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
      if [[ -d "$HERE/target/classes" ]]; then
        sk_java_home
        "$JAVA_HOME/bin/java" -cp "$HERE/target/classes:$HERE/target/lib/*" se.socialkontakt.benchmarks.ChatBenchmark --help
      fi
      exit 0
      ;;
    --*) pass+=("$1" "${2:?$1 needs a value}"); shift 2 ;;
    *) sk_fail "unknown argument '$1'" "see benchmarks/run.sh --help" ;;
  esac
done
with_chat=false
[[ ",$servers," == *,chat,* ]] && with_chat=true

sk_java_home

# Every conversation is two sockets in the benchmark JVM and two in the server: raise the open-files limit.
max_conversations="$(tr ',' '\n' <<<"$conversations" | sort -n | tail -n1)"
needed=$((2 * max_conversations + 2000))
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if (($(ulimit -n) < needed)); then
  sk_fail "open-files limit $(ulimit -n) is below the $needed that $max_conversations conversations need" \
    "raise the hard limit (ulimit -Hn, /etc/security/limits.conf) or use fewer --conversations"
fi

if $build; then
  if $with_chat; then bench_build chat-service benchmarks; else bench_build benchmarks; fi
fi

if $with_chat; then
  bench_infra_up benchmarks
  bench_topics chat-events-bench
  bench_database sk_chat_bench sk_chat
fi

sk_info "benchmark: $servers with $conversations conversations (open files: $(ulimit -n))"
status=0
bench_java se.socialkontakt.benchmarks.ChatBenchmark --conversations "$conversations" --servers "$servers" \
  --chat-opts "${CHAT_OPTS:-}" "${pass[@]}" || status=$?
exit "$status"
