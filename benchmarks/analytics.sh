#!/usr/bin/env bash
# analytics-service's ingest and latency benchmark, run on demand (never by CI or `mvn verify`).
#
# Publishes a million events (the demo generator's mix of chat, housing and contact events) to topics of its own,
# reads them with a raw Kafka consumer that only counts (the baseline), then starts analytics-service from its
# packaged jar on port 18491 (database sk_analytics_bench, emptied at every start) and waits until it has stored
# them all; prints both rates and their ratio. Then publishes 1,000 events a second for 60 s and measures the time
# from publish until the figures API (as manager) shows each probe event. The table is printed and written to
# benchmarks/target/analytics-results.md.
#
# Usage: benchmarks/analytics.sh [--events 1000000] [--skip-build]
#                                [any other AnalyticsBenchmark option, e.g. --rate 1000 --latency-seconds 60;
#                                 --help lists them]
# Environment: ANALYTICS_OPTS="-Dkey=value ..." passes more system properties to analytics-service.
#
# It starts the infrastructure (deploy/infra) if needed and stops again only what it started; analytics-service is
# started and stopped by the benchmark itself, by its own process handle. The events go to chat-events-bench,
# housing-events-bench and contact-events-bench, never to the topics the real analytics reads.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source-path=SCRIPTDIR source=../deploy/lib/common.sh
. "$HERE/../deploy/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=../deploy/lib/suite.sh
. "$HERE/../deploy/lib/suite.sh"
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"

main=se.socialkontakt.benchmarks.analytics.AnalyticsBenchmark
bench_options "${BASH_SOURCE[0]}" "$main" "$@"

sk_java_home
if $BENCH_BUILD; then
  bench_build analytics-service benchmarks
fi
bench_infra_up analytics-benchmark
bench_topics chat-events-bench housing-events-bench contact-events-bench crisis-messages-bench \
  analytics-dead-letters-bench
# The role sk_analytics exists (deploy/infra/postgres.sh); the benchmark's database is its own.
bench_database sk_analytics_bench sk_analytics

sk_info "benchmark: analytics-service ingest and latency"
bench_java "$main" --analytics-opts "${ANALYTICS_OPTS:-}" "${BENCH_PASS[@]}"
