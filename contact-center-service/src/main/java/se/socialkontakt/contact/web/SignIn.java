package se.socialkontakt.contact.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the pages' scripts sign in: the realm (quarkus.oidc.auth-server-url) and the pages' public Keycloak client.
 * Staff and residents sign in the same way, each with their own role.
 */
@ApplicationScoped
public class SignIn {
    private final String authServerUrl;
    private final String clientId;

    SignIn(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "socialkontakt.contact.web.client-id") String clientId) {
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
