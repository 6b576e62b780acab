#!/usr/bin/env python3
"""Writes deploy/k8s/socialkontakt-realm.json, the production realm, from the demo realm beside this script.

Production keeps the demo's roles, clients and mappers but drops what only a demo may have: the demo users and the
password-grant client socialkontakt-cli. It requires TLS for every address outside the cluster, protects logins
against guessing, sets a password policy for the staff accounts kept in Keycloak, allows direct grants on no client
(admin-cli included) and takes each client secret from the environment (Keycloak replaces ${...} at import).
Run it again whenever the demo realm changes: ProductionRealmTest fails when the two drift apart.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOSTS = {"chat-web": "chat", "housing-web": "boende", "contact-center-web": "kontakt", "analytics-web": "statistik"}
# The environment variable each confidential client's secret comes from (keycloak.yaml sets them from a Secret).
SECRETS = {"socialkontakt-api": "SOCIALKONTAKT_API_CLIENT_SECRET",
           "eservice-housing-export": "HOUSING_EXPORT_CLIENT_SECRET"}

realm = json.loads((HERE / "socialkontakt-realm.json").read_text(encoding="utf-8"))
realm.pop("users", None)
realm.update({
    "sslRequired": "external",
    "bruteForceProtected": True,
    "permanentLockout": False,
    "failureFactor": 5,
    "waitIncrementSeconds": 60,
    "maxFailureWaitSeconds": 900,
    "minimumQuickLoginWaitSeconds": 60,
    "quickLoginCheckMilliSeconds": 1000,
    "maxDeltaTimeSeconds": 43200,
    # Staff log in through the municipality's own identity provider with MFA; accounts kept in Keycloak (the
    # break-glass administrators) still need a strong password.
    "passwordPolicy": "length(14) and notUsername and notEmail and passwordHistory(5) and upperCase(1)"
                      " and lowerCase(1) and digits(1) and specialChars(1)",
})
clients = []
for client in realm["clients"]:
    if client["clientId"] == "socialkontakt-cli":
        continue
    client["directAccessGrantsEnabled"] = False
    if client["clientId"] in HOSTS:
        origin = "https://%s.socialkontakt.example.se" % HOSTS[client["clientId"]]
        client["rootUrl"], client["baseUrl"] = origin, origin + "/"
        client["redirectUris"], client["webOrigins"] = [origin + "/*"], [origin]
        client["attributes"]["post.logout.redirect.uris"] = origin + "/*"
        client["description"] = "Browser login for %s. Public client, authorization code flow with PKCE (S256)." % origin
    if "secret" in client:
        client["secret"] = "${%s}" % SECRETS[client["clientId"]]
    clients.append(client)
# The built-in admin-cli client of the realm issues password-grant tokens unless told otherwise.
clients.append({"clientId": "admin-cli", "enabled": True, "publicClient": True, "standardFlowEnabled": False,
                "directAccessGrantsEnabled": False})
realm["clients"] = clients
(HERE.parent / "k8s" / "socialkontakt-realm.json").write_text(
    json.dumps(realm, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
