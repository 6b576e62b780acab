package se.socialkontakt.contact.contactcase;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.support.audit.Audit;
import se.socialkontakt.contact.contactcase.CaseViews.CaseDetail;
import se.socialkontakt.contact.contactcase.CaseViews.CaseLine;
import se.socialkontakt.contact.delivery.ReplyRoute;
import se.socialkontakt.events.ContactCaseOpened.Channel;
import se.socialkontakt.support.idempotency.IdempotencyKey;
import se.socialkontakt.support.identity.PersonalIdentityNumber;
import se.socialkontakt.support.identity.ValidPersonalIdentityNumber;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The agent console's API: register every contact, answer it, resolve it at first contact or route it, merge
 * duplicates. Handlers work the cases routed to their units through the same case endpoints.
 */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {
    private static final String CODE = "[A-Z][A-Z0-9_]{0,39}";
    private static final String REFERENCE = "KC-[0-9]{4}-[0-9]{6}";

    private final CaseService cases;
    private final CaseViews views;
    private final CaseAccess access;
    private final Audit audit;

    CaseResource(CaseService cases, CaseViews views, CaseAccess access, Audit audit) {
        this.cases = cases;
        this.views = views;
        this.access = access;
        this.audit = audit;
    }

    public record OpenRequest(@NotNull Channel channel, @NotNull @Pattern(regexp = CODE) String category,
            @NotNull @Pattern(regexp = CODE) String targetGroup, @NotBlank @Size(max = 2000) String summary,
            @ValidPersonalIdentityNumber String personNumber, @Size(max = 200) String contactDetails) {
    }

    public record Text(@NotBlank @Size(max = 4000) String text) {
    }

    public record RouteRequest(@Pattern(regexp = CODE) String unit) {
    }

    public record MergeRequest(@NotNull UUID into) {
    }

    /** With an Idempotency-Key, a repeated request answers the case the first one opened. */
    @POST
    @RolesAllowed("agent")
    public Response open(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull OpenRequest request) {
        Optional<IdempotencyKey> key = IdempotencyKey.of(idempotencyKey);
        Optional<String> contactDetails = Optional.ofNullable(request.contactDetails()).map(String::strip)
                .filter(s -> !s.isEmpty());
        ContactCase opened = cases.open(new CaseService.NewContact(request.channel(), request.category(),
                request.targetGroup(), request.summary().strip(),
                PersonalIdentityNumber.canonical(request.personNumber()), contactDetails, Optional.empty(),
                ReplyRoute.emailIn(contactDetails)), access.user(), key);
        return Response.created(URI.create("/api/cases/" + opened.id)).entity(views.detail(opened)).build();
    }

    /**
     * The latest contacts, or the one case with an exact reference number (to find the case a duplicate repeats);
     * listing shows what residents said, so the read is audited.
     */
    @GET
    @RolesAllowed("agent")
    @Transactional
    public List<CaseLine> latest(@QueryParam("count") @DefaultValue("20") @Min(1) @Max(100) int count,
            @QueryParam("reference") @Pattern(regexp = REFERENCE) String reference) {
        if (reference != null) {
            audit.record(access.user(), "LIST_CASES", "contact-center", "reference " + reference);
            return ContactCase.<ContactCase>list("reference", reference).stream().map(views::line).toList();
        }
        audit.record(access.user(), "LIST_CASES", "contact-center", "latest " + count);
        return cases.latest(count).stream().map(views::line).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "agent", "handler" })
    @Transactional
    public CaseDetail read(@PathParam("id") UUID id) {
        ContactCase contactCase = cases.read(id, access.user());
        access.mayWork(contactCase);
        return views.detail(contactCase);
    }

    @GET
    @Path("/{id}/earlier-contacts")
    @RolesAllowed("agent")
    public List<CaseLine> earlierContacts(@PathParam("id") UUID id) {
        return cases.earlierContacts(id, access.user()).stream().map(views::line).toList();
    }

    /*
     * Each act below answers with the whole case, what the resident said included: like a read, it is audited, in the
     * act's transaction.
     */

    @POST
    @Path("/{id}/answers")
    @RolesAllowed({ "agent", "handler" })
    @Transactional
    public CaseDetail answer(@PathParam("id") UUID id, @Valid @NotNull Text answer) {
        mayWork(id);
        cases.answer(id, access.user(), answer.text().strip());
        return audited("ANSWER_CASE", ContactCase.findById(id));
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed({ "agent", "handler" })
    @Transactional
    public CaseDetail note(@PathParam("id") UUID id, @Valid @NotNull Text note) {
        mayWork(id);
        cases.note(id, access.user(), note.text().strip());
        return audited("NOTE_CASE", ContactCase.findById(id));
    }

    @POST
    @Path("/{id}/resolution")
    @RolesAllowed({ "agent", "handler" })
    @Transactional
    public CaseDetail resolve(@PathParam("id") UUID id, @Valid @NotNull Text answer) {
        mayWork(id);
        return audited("RESOLVE_CASE", cases.resolve(id, access.user(), answer.text().strip()));
    }

    @POST
    @Path("/{id}/routing")
    @RolesAllowed("agent")
    @Transactional
    public CaseDetail route(@PathParam("id") UUID id, @Valid @NotNull RouteRequest request) {
        return audited("ROUTE_CASE", cases.route(id, Optional.ofNullable(request.unit())));
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed("agent")
    @Transactional
    public CaseDetail merge(@PathParam("id") UUID id, @Valid @NotNull MergeRequest request) {
        return audited("MERGE_CASE", cases.merge(id, request.into(), access.user()));
    }

    private CaseDetail audited(String action, ContactCase contactCase) {
        audit.record(access.user(), action, contactCase.id.toString(), null);
        return views.detail(contactCase);
    }

    private void mayWork(UUID id) {
        ContactCase contactCase = ContactCase.findById(id);
        if (contactCase == null) {
            throw CaseService.notFound();
        }
        access.mayWork(contactCase);
    }

}
