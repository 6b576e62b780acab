# shellcheck shell=bash
# Helpers shared by the deploy/ scripts. Source it, do not run it:
#   . "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
#
# Everything a script starts is tracked by a pid file under $ROOT/.run/pids so
# that stopping never touches a process we did not start ourselves.

if [[ -n "${SK_COMMON_LOADED:-}" ]]; then
  return 0
fi
SK_COMMON_LOADED=1

# ---------------------------------------------------------------- paths

sk_root() {
  # Resolved from this file rather than from $PWD so that the scripts work
  # from any directory and from a harness that cd's elsewhere.
  (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
}

SK_ROOT="$(sk_root)"
SK_RUN_DIR="$SK_ROOT/.run"
SK_PID_DIR="$SK_RUN_DIR/pids"
SK_LOG_DIR="$SK_RUN_DIR/logs"
SK_CACHE_DIR="$SK_ROOT/.cache"
mkdir -p "$SK_PID_DIR" "$SK_LOG_DIR" "$SK_CACHE_DIR"

# ---------------------------------------------------------------- logging

if [[ -t 1 ]]; then
  SK_C_BLUE=$'\e[34m' SK_C_GREEN=$'\e[32m' SK_C_RED=$'\e[31m' SK_C_OFF=$'\e[0m'
else
  SK_C_BLUE='' SK_C_GREEN='' SK_C_RED='' SK_C_OFF=''
fi

sk_info() { printf '%s==>%s %s\n' "$SK_C_BLUE" "$SK_C_OFF" "$*"; }
sk_ok() { printf '%s ok%s %s\n' "$SK_C_GREEN" "$SK_C_OFF" "$*"; }

# Usage: sk_fail "what failed" ["what to do about it"]
# Exits the whole script: a half-started suite is worse than a clear stop.
sk_fail() {
  printf '%sFAIL%s %s\n' "$SK_C_RED" "$SK_C_OFF" "$1" >&2
  if [[ $# -ge 2 && -n "$2" ]]; then
    printf '     -> %s\n' "$2" >&2
  fi
  exit 1
}

# ---------------------------------------------------------------- java

# Prints the major version of the JDK at $1, or nothing if it is not a JDK.
sk__java_major() {
  local home="$1" v=''
  [[ -x "$home/bin/java" ]] || return 0
  if [[ -r "$home/release" ]]; then
    v="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$home/release")"
  fi
  if [[ -z "$v" ]]; then
    # No release file (unusual layouts): ask the JVM itself.
    v="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n1)"
  fi
  # Java 8 and older report "1.x".
  [[ "$v" == 1 ]] && v=8
  printf '%s' "$v"
}

# Picks a JDK 21+ and exports JAVA_HOME and PATH. Quarkus 3.3x and
# Keycloak 26 need 21, while these machines default to Java 17.
sk_java_home() {
  local major best='' best_major=0 dir
  if [[ -n "${JAVA_HOME:-}" ]]; then
    major="$(sk__java_major "$JAVA_HOME")"
    if [[ -n "$major" && "$major" -ge 21 ]]; then
      best="$JAVA_HOME" best_major="$major"
    fi
  fi
  if [[ -z "$best" ]]; then
    for dir in /usr/lib/jvm/*; do
      [[ -d "$dir" ]] || continue
      major="$(sk__java_major "$dir")"
      if [[ -n "$major" && "$major" -ge 21 && "$major" -gt "$best_major" ]]; then
        best="$(cd "$dir" && pwd -P)" best_major="$major"
      fi
    done
  fi
  if [[ -z "$best" ]]; then
    sk_fail "no JDK 21 or newer found (JAVA_HOME='${JAVA_HOME:-}', nothing suitable under /usr/lib/jvm)" \
      "install one (e.g. 'apt-get install -y openjdk-21-jdk-headless' or Temurin 21/25) or point JAVA_HOME at it"
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Maven through the project's wrapper when present, so everybody gets the same
# Maven; the system one otherwise (the wrapper is not committed yet everywhere).
sk_mvn() {
  if [[ -x "$SK_ROOT/mvnw" ]]; then
    "$SK_ROOT/mvnw" "$@"
  elif command -v mvn >/dev/null 2>&1; then
    mvn "$@"
  else
    sk_fail "neither $SK_ROOT/mvnw nor mvn on the PATH" "install Maven ('apt-get install -y maven') or add the Maven wrapper"
  fi
}

# ---------------------------------------------------------------- waiting

sk_port_open() {
  # bash's /dev/tcp avoids depending on nc/ss being installed.
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# Fails early when the process behind NAME already died: waiting out the full
# timeout for a crashed JVM only hides the error in its log.
sk__check_alive() {
  local name="$1"
  if [[ -f "$SK_PID_DIR/$name.pid" ]] && ! sk_is_running "$name"; then
    printf '\n' >&2
    sk_fail "$name exited while starting" "see $SK_LOG_DIR/$name.log (and $SK_LOG_DIR/$name.out if present): tail -n 50 $SK_LOG_DIR/$name.*"
  fi
}

# Usage: sk_wait_port HOST PORT TIMEOUT_S NAME
sk_wait_port() {
  local host="$1" port="$2" timeout="$3" name="$4" start=$SECONDS
  until sk_port_open "$host" "$port"; do
    sk__check_alive "$name"
    if (( SECONDS - start >= timeout )); then
      sk_fail "$name did not open $host:$port within ${timeout}s" "see $SK_LOG_DIR/$name.log"
    fi
    sleep 0.5
  done
}

# Usage: sk_wait_http URL TIMEOUT_S NAME
sk_wait_http() {
  local url="$1" timeout="$2" name="$3" start=$SECONDS last_dot=$SECONDS dotted=0
  until curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; do
    sk__check_alive "$name"
    if (( SECONDS - start >= timeout )); then
      (( dotted )) && printf '\n'
      sk_fail "$name did not answer $url within ${timeout}s" "see $SK_LOG_DIR/$name.log"
    fi
    # A dot every few seconds so a slow first start does not look like a hang.
    if (( SECONDS - last_dot >= 3 )); then
      printf '.'
      dotted=1 last_dot=$SECONDS
    fi
    sleep 1
  done
  (( dotted )) && printf '\n'
  return 0
}

# ---------------------------------------------------------------- processes

# /proc/PID/stat field 22 (start time in clock ticks) identifies a process
# instance; stored next to the pid so a recycled pid is never mistaken for ours.
sk__proc_start() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  # Field 2 (comm) may contain spaces; cut after its closing parenthesis.
  stat="${stat##*) }"
  # shellcheck disable=SC2086 # word splitting into fields is the point
  set -- $stat
  printf '%s' "${20}"
}

sk__pid_of() {
  local f="$SK_PID_DIR/$1.pid"
  [[ -r "$f" ]] || return 1
  local pid
  pid="$(head -n1 "$f")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  printf '%s' "$pid"
}

# Usage: sk_is_running NAME — true if the process from NAME's pid file lives
# and is still the very process we started.
sk_is_running() {
  local name="$1" pid want have
  pid="$(sk__pid_of "$name")" || return 1
  have="$(sk__proc_start "$pid")" || return 1
  want="$(cat "$SK_PID_DIR/$name.pid.start" 2>/dev/null || true)"
  [[ -z "$want" || "$want" == "$have" ]] || return 1
  # A zombie still has /proc/PID; it is not running.
  [[ "$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$pid/status" 2>/dev/null)" != Z ]]
}

# Usage: sk_start_bg NAME LOGFILE cmd [args...]
# Runs cmd detached in its own session (survives the calling shell and its
# Ctrl-C) and records its pid, which is also its process-group id.
sk_start_bg() {
  local name="$1" log="$2" pidf="$SK_PID_DIR/$1.pid" i pid start
  shift 2
  rm -f "$pidf" "$pidf.start"
  # The child writes its own pid before exec'ing cmd: $! would be wrong when
  # setsid has to fork (it does if it is already a group leader).
  # shellcheck disable=SC2016 # $$ and "$@" must expand in the child shell
  setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$pidf" "$@" >>"$log" 2>&1 </dev/null &
  for ((i = 0; i < 50; i++)); do
    [[ -s "$pidf" ]] && break
    sleep 0.1
  done
  pid="$(sk__pid_of "$name")" || sk_fail "could not start $name (no pid written)" "see $log"
  start="$(sk__proc_start "$pid")" || sk_fail "$name exited immediately" "see $log: tail -n 50 $log"
  printf '%s\n' "$start" >"$pidf.start"
}

# True while the started process or, when we own its group, any member of
# that group (a JVM forked by a launcher script) is still alive.
sk__alive() {
  local name="$1" target="$2"
  sk_is_running "$name" && return 0
  [[ "$target" == -* ]] && pgrep -g "${target#-}" >/dev/null 2>&1
}

# Usage: sk_stop NAME — stops only the process recorded in NAME's pid file
# (and its process group, which holds e.g. the JVM kc.sh launched).
sk_stop() {
  local name="$1" pid pgid i target
  if ! sk_is_running "$name"; then
    rm -f "$SK_PID_DIR/$name.pid" "$SK_PID_DIR/$name.pid.start"
    return 0
  fi
  pid="$(sk__pid_of "$name")"
  pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')"
  # Signal the whole group only if the process leads its own group, i.e. it
  # is the session sk_start_bg created; never a group we merely belong to.
  if [[ "$pgid" == "$pid" ]]; then target="-$pid"; else target="$pid"; fi
  kill -TERM -- "$target" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do
    sk__alive "$name" "$target" || break
    sleep 0.5
  done
  if sk__alive "$name" "$target"; then
    sk_info "$name did not stop within 20 s, sending SIGKILL"
    kill -KILL -- "$target" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$SK_PID_DIR/$name.pid" "$SK_PID_DIR/$name.pid.start"
}
