package se.socialkontakt.contact.contactform;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.contact.contactcase.CaseService;
import se.socialkontakt.contact.contactcase.ContactCase;
import se.socialkontakt.contact.delivery.ReplyRoute;
import se.socialkontakt.events.ContactCaseOpened.Channel;
import se.socialkontakt.support.idempotency.IdempotencyKey;
import se.socialkontakt.support.identity.ResidentIdentity;
import se.socialkontakt.support.limits.PublicFormGuard;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The public contact form: a resident's question becomes a case (channel web form) in the agents' list, and the
 * resident gets a reference number and the date by which they will hear from us. A resident who sends it signed in
 * with e-ID finds it, and its answers, on "Mina kontakter".
 */
@Path("/api/contact-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class ContactFormResource {
    /** Cases from the form are registered by this pseudonymous "user". */
    static final String FORM = "web-form";

    private final CaseService cases;
    private final PublicFormGuard guard;
    private final ResidentIdentity resident;

    ContactFormResource(CaseService cases, PublicFormGuard guard, ResidentIdentity resident) {
        this.cases = cases;
        this.guard = guard;
        this.resident = resident;
    }

    /** {@code website} is the honeypot: a field people never see. */
    public record ContactRequest(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String category,
            @NotBlank @Size(max = 2000) String question, @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String contact, @Size(max = 200) String website) {
    }

    public record Receipt(String reference, Instant answerBy) {
    }

    /** With an Idempotency-Key, a repeated request answers the receipt of the case the first one opened. */
    @POST
    public Response submit(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull ContactRequest request, @Context HttpServerRequest http) {
        Optional<IdempotencyKey> key = IdempotencyKey.of(idempotencyKey);
        guard.check(request.website(), http.remoteAddress() == null ? null : http.remoteAddress().host());
        String name = request.name() == null || request.name().isBlank() ? "" : " (" + request.name().strip() + ")";
        ContactCase opened = cases.open(new CaseService.NewContact(Channel.WEB_FORM, request.category(),
                "ALL_RESIDENTS", request.question().strip(), Optional.empty(),
                Optional.of(request.contact().strip() + name), resident.ifSignedIn(),
                ReplyRoute.emailIn(Optional.of(request.contact()))), FORM, key);
        return Response.status(Response.Status.CREATED).location(URI.create("/api/contact-requests/" + opened.reference))
                .entity(new Receipt(opened.reference, opened.firstResponseDue)).build();
    }
}
