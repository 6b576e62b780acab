package se.socialkontakt.contact.applicationstatus;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;

/**
 * How the agent made sure the caller is the applicant before telling them where an application stands. Recorded
 * with the look-up in the audit trail: a status is personal data, and a reference number alone proves nothing.
 */
public enum CallerIdentification {
    /** The caller signed a Mobile BankID identification the agent sent them. */
    BANKID,
    /** The agent called back on the telephone number given in the application. */
    CALLBACK,
    /** The caller showed an identity document at a visit. */
    ID_DOCUMENT;

    /**
     * The method the console names; read here rather than by JAX-RS, which answers a query parameter it cannot
     * convert with 404, as if the application did not exist.
     */
    static CallerIdentification named(String name) {
        for (CallerIdentification method : values()) {
            if (method.name().equals(name)) {
                return method;
            }
        }
        throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("How was the caller identified?")
                .withDetail("Say how the caller was identified: one of " + Arrays.toString(values()))
                .with("field", "identifiedBy").build();
    }
}
