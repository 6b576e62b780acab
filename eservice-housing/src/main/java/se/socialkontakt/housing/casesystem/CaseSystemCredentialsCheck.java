package se.socialkontakt.housing.casesystem;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the export client's secret at start, so that a production service without SK_CASE_SYSTEM_CLIENT_SECRET stops
 * and names it. The OIDC client reads it only when the first delivery asks for a token: the service would run and
 * leave every submitted application queued, with the cause only in a log line per attempt.
 */
@Startup
@ApplicationScoped
class CaseSystemCredentialsCheck {
    CaseSystemCredentialsCheck(@ConfigProperty(name = "quarkus.oidc-client.case-system.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc-client.case-system.credentials.secret") String secretReadAtStart) {
        Log.infof("Deliveries to the case system authenticate as client %s", clientId);
    }
}
