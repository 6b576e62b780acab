# shellcheck shell=bash
# What every on-demand benchmark script of this folder shares. Source it after deploy/lib/common.sh and
# deploy/lib/suite.sh.

# Usage: bench_build MODULE... — packages the given modules and this one (tests skipped), log in SK_LOG_DIR.
bench_build() {
  local modules
  modules="$(IFS=,; echo "$*")"
  sk_info "building $modules (log: $SK_LOG_DIR/benchmarks-build.log)"
  (cd "$SK_ROOT" && sk_mvn -B -q -pl "$modules" -am package -Dmaven.test.skip) >"$SK_LOG_DIR/benchmarks-build.log" 2>&1 \
    || sk_fail "the build failed" "see $SK_LOG_DIR/benchmarks-build.log"
}

# Runs the SQL on stdin as the PostgreSQL superuser, as deploy/infra/postgres.sh does.
bench_psql_admin() {
  if [[ $EUID -eq 0 ]] && id postgres >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres)
  else
    psql -X -q -v ON_ERROR_STOP=1 -h localhost -p 5432 -U postgres -d postgres
  fi
}

# Usage: bench_database NAME OWNER — creates the benchmark's own database if missing, so a run never touches demo or
# test data (the benchmark starts the service under test with Flyway's clean-at-start: every run begins empty).
bench_database() {
  local name="$1" owner="$2"
  bench_psql_admin <<SQL || sk_fail "could not create the database $name" "run as root, or set PGPASSWORD for user postgres"
SELECT 'CREATE DATABASE $name OWNER $owner'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$name') \gexec
SQL
}

# Usage: bench_topics TOPIC... — creates the benchmark's own Kafka topics, so the local analytics never counts
# benchmark events.
bench_topics() {
  KAFKA_TOPICS="$(IFS=' '; echo "$*")" "$SK_ROOT/deploy/infra/kafka.sh" start
}

# Usage: bench_infra_up OWNER — starts the infrastructure if needed; on exit stops only what this run started.
bench_infra_up() {
  # shellcheck disable=SC2064 # the owner is fixed now, at trap time
  trap "sk_infra_down_tracked $1" EXIT
  sk_infra_up_tracked "$1"
}

# Usage: bench_java MAIN_CLASS ARG... — runs a benchmark's main class from target/classes and target/lib.
bench_java() {
  local main="$1"
  shift
  # Netty still uses sun.misc.Unsafe; JDK 23+ warns about it on every start unless it is allowed explicitly.
  local jvm_opts=(-Xmx2g)
  (($(sk__java_major "$JAVA_HOME") >= 23)) && jvm_opts+=(--sun-misc-unsafe-memory-access=allow)
  (cd "$SK_ROOT" && "$JAVA_HOME/bin/java" "${jvm_opts[@]}" -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
    "$main" "$@")
}

# Usage: bench_options SCRIPT MAIN_CLASS "$@" — the options every benchmark script takes: --skip-build (sets
# BENCH_BUILD=false), --help (the script's header comment, then the main class's options) and any other
# "--name value" pair, collected in BENCH_PASS for the main class.
# shellcheck disable=SC2034 # BENCH_BUILD and BENCH_PASS are read by the sourcing script
bench_options() {
  local script="$1" main="$2"
  shift 2
  BENCH_BUILD=true
  BENCH_PASS=()
  while (($#)); do
    case "$1" in
      --skip-build) BENCH_BUILD=false; shift ;;
      -h | --help)
        awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$script"
        if [[ -d "$SK_ROOT/benchmarks/target/classes" ]]; then
          sk_java_home
          bench_java "$main" --help
        fi
        exit 0
        ;;
      --*) BENCH_PASS+=("$1" "${2:?$1 needs a value}"); shift 2 ;;
      *) sk_fail "unknown argument '$1'" "see $script --help" ;;
    esac
  done
}
