#!/usr/bin/env bash
# eservice-housing's submission benchmark, run on demand (never by CI or `mvn verify`).
#
# Submits complete drafts of the demo resident (POST /api/applications/{id}/submission) open loop at rising rates,
# default 50, 100, 200, 300 and 400 a second for 20 s each after a 10 s warm-up, first to eservice-housing and then
# to a raw Vert.x server answering with a fixed body of the same size (the baseline), and prints latency
# p50/p90/p99/max, submissions per second and server RSS per rate as a table, also written to
# benchmarks/target/housing-results.md. The issue's target: p99 under 50 ms at 200 submissions a second.
# eservice-housing runs from its packaged jar on port 18291 with a database of its own (sk_housing_bench, emptied
# at every start); its events go to housing-events-bench, never to the suite's topics.
#
# Usage: benchmarks/housing.sh [--rates 50,100,200,300,400] [--duration 20] [--servers housing,raw] [--skip-build]
#                              [any other HousingBenchmark option, e.g. --warmup 10; --help lists them]
# Environment: HOUSING_OPTS="-Dkey=value ..." passes more system properties to eservice-housing.
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

main=se.socialkontakt.benchmarks.housing.HousingBenchmark
bench_options "${BASH_SOURCE[0]}" "$main" "$@"

sk_java_home
if $BENCH_BUILD; then
  bench_build eservice-housing benchmarks
fi
bench_infra_up benchmarks-housing
bench_topics housing-events-bench
bench_database sk_housing_bench sk_housing

sk_info "benchmark: eservice-housing submissions"
bench_java "$main" --housing-opts "${HOUSING_OPTS:-}" "${BENCH_PASS[@]}"
