package se.socialkontakt.support.identity;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** The logged-in resident as the e-ID tells: their personal identity number and name. */
@RequestScoped
public class ResidentIdentity {
    /** The Swedish OIDC profile's claim for the personal identity number delivered by the e-ID. */
    static final String IDENTITY_NUMBER_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber";
    private static final String RESIDENT = "resident";

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    ResidentIdentity(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public String identityNumber() {
        return PersonalIdentityNumber.canonical(token.getClaim(IDENTITY_NUMBER_CLAIM))
                .orElseThrow(() -> HttpProblem.builder().withStatus(Response.Status.FORBIDDEN)
                        .withTitle("No personal identity number")
                        .withDetail("The login carries no valid personal identity number").build());
    }

    /**
     * The personal identity number of a resident who sent a public form signed in; empty for a visitor who did not
     * sign in (the forms are open to everyone) and for a member of staff.
     */
    public Optional<String> ifSignedIn() {
        return identity.hasRole(RESIDENT) ? Optional.of(identityNumber()) : Optional.empty();
    }

    /** The name to prefill the applicant's step with. */
    public String name() {
        String given = token.getClaim("given_name");
        String family = token.getClaim("family_name");
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }
}
