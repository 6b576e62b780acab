#!/usr/bin/env bash
# Puts a little demo data into a freshly started suite through the public APIs, logged in as the demo users,
# so the pages and the analytics figures have something to show. Does nothing when the contact center already
# has cases (the demo data is there from an earlier start).
#
# Usage: deploy/demo-data.sh
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
. "$HERE/lib/common.sh"

token() {
  curl -fsS -d grant_type=password -d client_id=socialkontakt-cli -d "username=$1" -d password=demo \
    http://localhost:8180/realms/socialkontakt/protocol/openid-connect/token \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

post() { # URL TOKEN JSON
  local auth=()
  [[ -n "$2" ]] && auth=(-H "Authorization: Bearer $2")
  curl -fsS -o /dev/null -X POST "${auth[@]}" -H 'Content-Type: application/json' -d "$3" "$1" \
    || sk_fail "demo data: POST $1 failed" "see the service's log in $SK_LOG_DIR"
}

agent="$(token agent)" || sk_fail "could not log in the demo user 'agent'" "is Keycloak up? deploy/infra/keycloak.sh status"
resident="$(token resident)"

if [[ "$(curl -fsS -H "Authorization: Bearer $agent" http://localhost:8083/api/cases?count=1)" != "[]" ]]; then
  sk_ok "demo data already present"
  exit 0
fi

# No chat requests: the chat rightly refuses them while no counsellor is logged in. Log in to the console as
# counsellor and open the youth page to hold a chat.
post http://localhost:8082/api/applications "$resident" '{"applicantRole": "SELF"}'
post http://localhost:8082/api/applications "$resident" '{"applicantRole": "ON_BEHALF"}'
post http://localhost:8083/api/cases "$agent" \
  '{"channel": "PHONE", "category": "ELDERLY_CARE", "targetGroup": "RELATIVES", "summary": "Frågar hur man ansöker om särskilt boende åt sin mamma"}'
post http://localhost:8083/api/cases "$agent" \
  '{"channel": "EMAIL", "category": "FINANCIAL_AID", "targetGroup": "INDIVIDUALS_WITH_SUPPORT", "summary": "Vill veta vilka papper som behövs för ekonomiskt bistånd"}'
post http://localhost:8083/api/cases "$agent" \
  '{"channel": "WEB_FORM", "category": "ADVICE", "targetGroup": "ALL_RESIDENTS", "summary": "Undrar vart man vänder sig med oro för ett barn"}'
# A year for the management dashboard, once per installation (409 says it was loaded before): the housing e-service
# lives through a year of applications itself, so its assessors' lists and the figures count the same ones; analytics
# publishes a year of the other services' events through Kafka, and the demo goals with their communication plans.
admin="$(token admin)"
demo_year() { # URL LOG
  local status
  status="$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $admin" "$1")" || status=000
  [[ "$status" == 200 || "$status" == 409 ]] \
    || sk_fail "demo data: the demo year at $1 could not be loaded (HTTP $status)" "see $SK_LOG_DIR/$2.log"
}
demo_year http://localhost:8082/api/admin/demo-data eservice-housing
demo_year http://localhost:8084/api/admin/demo-data analytics-service
sk_ok "demo data loaded: a year of housing applications, 3 contact-center cases, a year of events and three goals with their communication plans for the dashboard"
