#!/usr/bin/env bash
# analytics-service under load, run on demand (never by CI or `mvn verify`), in three parts, each left out with 0:
#
# 1. Ingest and latency (--events, --rates): publishes the events (the demo generator's mix) to topics of its own;
#    reads them with a raw Kafka consumer that only counts, then with the durable baseline (a plain consumer that
#    writes each poll with INSERT ... ON CONFLICT (id) DO NOTHING into a copy of analytics' event table and then
#    commits the offsets), then starts analytics-service from its packaged jar (database sk_analytics_bench, emptied
#    at every start) and waits until it has stored them; prints the rates and the ratio to the durable baseline. Then
#    publishes at each rate for --latency-seconds and measures publish -> visible in the figures API (as manager).
# 2. Catch-up (--catch-up-events): a backlog waits in the topics; analytics-service starts with deploy/'s heap
#    (--catch-up-heap 384m) and catches up; prints its highest heap (jstat every second and the GC log), its rate,
#    and whether it ran out of memory.
# 3. Scale (--scale-events): events over two years are loaded, then GET /api/figures is timed for a day, a month, a
#    year and two years (p50/p99 of --scale-requests each).
# The table is printed and written to benchmarks/target/analytics-results.md.
#
# Usage: benchmarks/analytics.sh [--events 1000000] [--rates 1000,5000] [--catch-up-events 2000000]
#                                [--scale-events 10000000] [--skip-build]
#                                [any other AnalyticsBenchmark option, e.g. --latency-seconds 60; --help lists them]
# Smoke run (a few minutes): benchmarks/analytics.sh --events 20000 --rates 1000,5000 --latency-seconds 10 \
#                                --catch-up-events 20000 --scale-events 50000 --scale-requests 20
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
