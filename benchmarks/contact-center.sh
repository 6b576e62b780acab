#!/usr/bin/env bash
# contact-center-service's benchmark, run on demand (never by CI or `mvn verify`).
#
# Publishes 10,000 generated Swedish FAQ articles through the communicators' API (set-up, not measured), then
# measures, open loop: the public FAQ search (GET /api/faq?q=...) with queries as people type, at 200 a second for
# 30 s, and agents registering cases (POST /api/cases) at rising rates, default 50, 100, 200 and 400 a second for
# 20 s each. Baselines in the same run: the bare search statement over JDBC, and a raw Vert.x server answering with
# fixed bodies of the service's answer sizes. Prints latency p50/p90/p99/max, requests per second and server RSS as
# tables, also written to benchmarks/target/contact-center-results.md. The issue's target: search p99 under 30 ms.
# contact-center-service runs from its packaged jar on port 18391 with a database of its own
# (sk_contactcenter_bench, emptied at every start); its events go to contact-events-bench, never to the suite's
# topics.
#
# Usage: benchmarks/contact-center.sh [--articles 10000] [--search-rates 200] [--case-rates 50,100,200,400]
#                                     [--servers contact,sql,raw] [--skip-build]
#                                     [any other ContactCenterBenchmark option; --help lists them]
# Environment: CONTACT_OPTS="-Dkey=value ..." passes more system properties to contact-center-service.
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

main=se.socialkontakt.benchmarks.contactcenter.ContactCenterBenchmark
bench_options "${BASH_SOURCE[0]}" "$main" "$@"

sk_java_home
if $BENCH_BUILD; then
  bench_build contact-center-service benchmarks
fi
bench_infra_up benchmarks-contact-center
bench_topics contact-events-bench
bench_database sk_contactcenter_bench sk_contactcenter

sk_info "benchmark: contact-center-service FAQ search and case registration"
bench_java "$main" --contact-opts "${CONTACT_OPTS:-}" "${BENCH_PASS[@]}"
