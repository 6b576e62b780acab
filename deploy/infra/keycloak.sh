#!/usr/bin/env bash
# Keycloak for the local suite, from its Maven Central distribution (no Docker
# engine here), in dev mode with the `socialkontakt` realm imported from
# deploy/keycloak/socialkontakt-realm.json. All configuration comes from that
# file: when it changes, the dev database is discarded and the realm
# re-imported, because --import-realm never overwrites an existing realm.
#
# Usage: deploy/infra/keycloak.sh start|stop|status
#
# Environment:
#   KEYCLOAK_PORT  HTTP port (default 8180; the realm's issuer uses it)
#   KEYCLOAK_HEAP  max heap  (default 768m; Keycloak would otherwise take 70% of RAM)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=../lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

KC_VERSION=26.5.6
KC_NAME=keycloak
KC_PORT="${KEYCLOAK_PORT:-8180}"
KC_HEAP="${KEYCLOAK_HEAP:-768m}"
KC_URL="http://localhost:$KC_PORT"
REALM=socialkontakt
REALM_JSON="$SK_ROOT/deploy/keycloak/$REALM-realm.json"
KC_ZIP="$SK_CACHE_DIR/keycloak-quarkus-dist-$KC_VERSION.zip"
KC_HOME="$SK_CACHE_DIR/keycloak-$KC_VERSION"
ZIP_URL="https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
WELL_KNOWN="$KC_URL/realms/$REALM/.well-known/openid-configuration"

ensure_dist() {
  local want have
  if [[ -f "$KC_HOME/.complete" ]]; then
    return 0
  fi
  if [[ ! -f "$KC_ZIP" ]]; then
    sk_info "downloading Keycloak $KC_VERSION from Maven Central (once, ~160 MB)"
    curl -fSL --retry 3 --progress-bar -o "$KC_ZIP.part" "$ZIP_URL" ||
      sk_fail "download of $ZIP_URL failed" "check access to repo.maven.apache.org, then rerun"
    # Verify before trusting the cache: a truncated zip would be reused forever.
    want="$(curl -fsSL --retry 3 "$ZIP_URL.sha1" | cut -c1-40)" ||
      sk_fail "could not fetch $ZIP_URL.sha1" "check access to repo.maven.apache.org, then rerun"
    have="$(sha1sum "$KC_ZIP.part" | cut -d' ' -f1)"
    [[ "$want" == "$have" ]] || {
      rm -f "$KC_ZIP.part"
      sk_fail "Keycloak zip checksum mismatch (expected $want, got $have)" "rerun to download again"
    }
    mv "$KC_ZIP.part" "$KC_ZIP"
  fi
  sk_info "unpacking Keycloak into $KC_HOME (once)"
  rm -rf "$KC_HOME" "$KC_HOME.tmp"
  mkdir -p "$KC_HOME.tmp"
  unzip -q "$KC_ZIP" -d "$KC_HOME.tmp" ||
    sk_fail "unzip of $KC_ZIP failed" "delete $KC_ZIP and rerun to download it again"
  mv "$KC_HOME.tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$KC_HOME.tmp"
  touch "$KC_HOME/.complete"
}

# Re-import only when the realm file differs from the last imported one:
# unchanged restarts keep the dev database and start faster.
prepare_import() {
  local stamp="$KC_HOME/data/.realm-sha256" want
  want="$(sha256sum "$REALM_JSON" | cut -d' ' -f1)"
  mkdir -p "$KC_HOME/data/import"
  if [[ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]]; then
    if [[ -d "$KC_HOME/data/h2" ]]; then
      sk_info "realm file changed since the last import: resetting Keycloak's dev database"
    fi
    rm -rf "$KC_HOME/data/h2"
    printf '%s\n' "$want" >"$stamp"
  fi
  cp "$REALM_JSON" "$KC_HOME/data/import/$REALM-realm.json"
}

start() {
  local t0=$SECONDS
  sk_java_home
  if sk_is_running "$KC_NAME"; then
    sk_wait_http "$WELL_KNOWN" 240 "$KC_NAME"
    sk_ok "Keycloak already running (pid $(cat "$SK_PID_DIR/$KC_NAME.pid")) at $KC_URL"
    return 0
  fi
  if sk_port_open 127.0.0.1 "$KC_PORT"; then
    sk_fail "port $KC_PORT is already in use by a process these scripts did not start" \
      "stop it (e.g. an older Keycloak), or set KEYCLOAK_PORT (the realm's redirect URIs do not depend on it)"
  fi
  [[ -f "$REALM_JSON" ]] || sk_fail "realm file $REALM_JSON is missing" "restore it from git"
  ensure_dist
  prepare_import
  sk_info "starting Keycloak $KC_VERSION at $KC_URL (log: $SK_LOG_DIR/$KC_NAME.log; first start takes 1-2 min)"
  : >"$SK_LOG_DIR/$KC_NAME.log"
  # --hostname as a full URL (hostname v2) pins the issuer to
  # http://localhost:PORT/realms/... whichever host name the caller used,
  # so tokens fetched via 127.0.0.1 still validate against localhost.
  sk_start_bg "$KC_NAME" "$SK_LOG_DIR/$KC_NAME.log" \
    env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms128m -Xmx$KC_HEAP" \
    "$KC_HOME/bin/kc.sh" start-dev \
    --http-port="$KC_PORT" --http-host=127.0.0.1 --hostname="$KC_URL" \
    --import-realm
  sk_wait_http "$WELL_KNOWN" 300 "$KC_NAME"
  sk_ok "Keycloak up at $KC_URL in $((SECONDS - t0)) s (realm $REALM, admin console $KC_URL/admin admin/admin)"
}

stop() {
  if sk_is_running "$KC_NAME"; then
    sk_info "stopping Keycloak"
    sk_stop "$KC_NAME"
    sk_ok "Keycloak stopped"
  else
    sk_stop "$KC_NAME" # clears a stale pid file
    sk_info "Keycloak was not running (from our pid file)"
  fi
}

status() {
  if sk_is_running "$KC_NAME"; then
    if curl -fsS -o /dev/null --max-time 5 "$WELL_KNOWN"; then
      echo "keycloak: running (pid $(cat "$SK_PID_DIR/$KC_NAME.pid")), realm $REALM at $KC_URL/realms/$REALM"
    else
      echo "keycloak: process running (pid $(cat "$SK_PID_DIR/$KC_NAME.pid")) but $WELL_KNOWN does not answer yet"
    fi
  else
    echo "keycloak: not running"
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
