package se.socialkontakt.housing.application;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.socialkontakt.support.identity.PersonalIdentityNumber;

/** The logged-in resident as the e-ID tells: their personal identity number and name. */
@RequestScoped
public class ResidentIdentity {
    /** The Swedish OIDC profile's claim for the personal identity number delivered by the e-ID. */
    static final String IDENTITY_NUMBER_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber";

    private final JsonWebToken token;

    ResidentIdentity(JsonWebToken token) {
        this.token = token;
    }

    public String identityNumber() {
        return PersonalIdentityNumber.canonical(token.getClaim(IDENTITY_NUMBER_CLAIM))
                .orElseThrow(() -> HttpProblem.builder().withStatus(Response.Status.FORBIDDEN)
                        .withTitle("No personal identity number")
                        .withDetail("The login carries no valid personal identity number").build());
    }

    /** The name to prefill the applicant's step with. */
    public String name() {
        String given = token.getClaim("given_name");
        String family = token.getClaim("family_name");
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }
}
