package se.socialkontakt.housing.casesystem;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The case system's intake (Treserva in the seed city, through its integration platform): it takes a structured
 * application with its PDF rendition and answers with a receipt. The same idempotency key always gets the same
 * receipt, so a retry after a lost answer registers nothing twice. Every delivery carries a client-credentials token
 * of the realm's client eservice-housing-export (audience case-system): an application holds a personal identity
 * number and health needs, and the intake takes it from no one else.
 */
@RegisterRestClient(configKey = "case-system")
@OidcClientFilter("case-system")
@Path("/applications")
public interface CaseSystemClient {

    record Receipt(String caseId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Receipt deliver(@HeaderParam("Idempotency-Key") String idempotencyKey, CaseSystemDocument document);
}
