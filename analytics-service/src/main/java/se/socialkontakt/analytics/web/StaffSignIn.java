package se.socialkontakt.analytics.web;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the staff pages sign in: the service's Keycloak realm and its public browser client, rendered into each page
 * for /socialkontakt/staff-login.js.
 */
@Singleton
public class StaffSignIn {
    private final String authServerUrl;
    private final String clientId;

    StaffSignIn(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "socialkontakt.analytics.web.client-id", defaultValue = "analytics-web") String clientId) {
        this.authServerUrl = authServerUrl;
        this.clientId = clientId;
    }

    public String authServerUrl() {
        return authServerUrl;
    }

    public String clientId() {
        return clientId;
    }
}
