package se.socialkontakt.housing.assessor;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.events.HousingApplicationStarted.Channel;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.events.HousingDecisionMade.Outcome;
import se.socialkontakt.housing.application.Application;
import se.socialkontakt.housing.application.ApplicationForm;
import se.socialkontakt.housing.application.ApplicationMessage;
import se.socialkontakt.housing.application.ApplicationService;
import se.socialkontakt.housing.application.ApplicationViews;
import se.socialkontakt.housing.attachment.AttachmentFiles;
import se.socialkontakt.housing.homes.Home;
import se.socialkontakt.support.audit.Audit;
import se.socialkontakt.support.identity.PersonalIdentityNumber;
import se.socialkontakt.support.identity.ValidPersonalIdentityNumber;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The needs assessors' console: the inbox by age, assigning, reading (every read audited), asking for more
 * information, deciding, offer and moving in, appeals, and registering applications that came on paper.
 */
@Path("/api/assessor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("assessor")
public class AssessorResource {
    private final ApplicationService applications;
    private final ApplicationViews views;
    private final Audit audit;
    private final SecurityIdentity identity;
    private final EntityManager entityManager;
    private final ApplicationSearch search;

    AssessorResource(ApplicationService applications, ApplicationViews views, Audit audit, SecurityIdentity identity,
            EntityManager entityManager, ApplicationSearch search) {
        this.applications = applications;
        this.views = views;
        this.audit = audit;
        this.identity = identity;
        this.entityManager = entityManager;
        this.search = search;
    }

    /**
     * The whole application with who it is about (personal data, so every read is audited) and what the assessor can
     * do with it now.
     */
    public record AssessorView(ApplicationViews.Full application, String applicantIdentityNumber,
            String subjectIdentityNumber, Set<AssessorAction> actions) {
    }

    public record Text(@NotBlank @Size(max = 4000) String text) {
    }

    public record DecisionRequest(@NotNull Outcome outcome, @NotBlank @Size(max = 4000) String text) {
    }

    public record AppealOutcomeRequest(@NotNull Application.AppealOutcome outcome) {
    }

    /** An application that came on paper, typed in by the assessor, so the digital share can be followed up. */
    public record PaperApplication(@NotNull @ValidPersonalIdentityNumber String applicantIdentityNumber,
            @NotNull ApplicantRole applicantRole, @Valid @NotNull ApplicationForm form) {
    }

    /**
     * Submitted applications not yet finished, the oldest first, or with {@code finished} those moved in or closed,
     * the latest first; the list holds no personal data. With {@code q} (a reference, a personal identity number or
     * a name), the applications it finds, open or finished: a search for a person is audited with what was sought.
     */
    @GET
    @Path("/applications")
    @Transactional
    public List<ApplicationViews.Summary> inbox(@QueryParam("status") HousingApplicationStatus status,
            @QueryParam("finished") boolean finished, @QueryParam("q") @Size(max = 100) String query) {
        List<Application> found;
        if (query != null && !query.isBlank()) {
            ApplicationSearch.Found result = search.search(query);
            audit.record(user(), "SEARCH_APPLICATIONS", result.term(),
                    result.kind() + ", " + result.applications().size() + " found");
            found = result.applications();
        } else if (status != null) {
            found = Application.list("status = ?1 order by submittedAt", status);
        } else if (finished) {
            found = Application.list("status in ?1 order by updatedAt desc", AssessorAction.FINISHED);
        } else {
            found = Application.list("status not in ?1 order by submittedAt",
                    List.of(HousingApplicationStatus.DRAFT, HousingApplicationStatus.MOVED_IN,
                            HousingApplicationStatus.CLOSED));
        }
        return found.stream().filter(a -> a.status != HousingApplicationStatus.DRAFT)
                .map(ApplicationViews.Summary::of).toList();
    }

    @GET
    @Path("/applications/{id}")
    @Transactional
    public AssessorView open(@PathParam("id") UUID id) {
        Application application = submitted(id);
        audit.record(user(), "READ_APPLICATION", id, null);
        return view(application);
    }

    @GET
    @Path("/applications/{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
        submitted(id);
        audit.record(user(), "READ_ATTACHMENT", id, attachment.toString());
        return AttachmentFiles.response(entityManager, id, attachment);
    }

    @POST
    @Path("/applications/{id}/assignment")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public AssessorView assign(@PathParam("id") UUID id) {
        return acted("ASSIGN_APPLICATION", applications.assign(id, user()));
    }

    @POST
    @Path("/applications/{id}/information-requests")
    @Transactional
    public AssessorView requestInformation(@PathParam("id") UUID id, @Valid @NotNull Text request) {
        applications.requestInformation(id, user(), request.text().strip());
        return acted("REQUEST_INFORMATION", Application.findById(id));
    }

    @POST
    @Path("/applications/{id}/messages")
    @Transactional
    public AssessorView message(@PathParam("id") UUID id, @Valid @NotNull Text message) {
        applications.message(id, ApplicationMessage.Sender.ASSESSOR, user(), message.text().strip());
        return acted("WRITE_TO_APPLICANT", Application.findById(id));
    }

    @POST
    @Path("/applications/{id}/decision")
    @Transactional
    public AssessorView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
        return acted("DECIDE_APPLICATION", applications.decide(id, user(), decision.outcome(),
                decision.text().strip()));
    }

    @POST
    @Path("/applications/{id}/offer")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public AssessorView offer(@PathParam("id") UUID id) {
        return acted("OFFER_PLACE", applications.offerMade(id, user()));
    }

    @POST
    @Path("/applications/{id}/moved-in")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public AssessorView movedIn(@PathParam("id") UUID id) {
        return acted("RECORD_MOVED_IN", applications.movedIn(id, user()));
    }

    @POST
    @Path("/applications/{id}/closure")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public AssessorView close(@PathParam("id") UUID id) {
        return acted("CLOSE_APPLICATION", applications.close(id, user()));
    }

    @POST
    @Path("/applications/{id}/appeal-outcome")
    @Transactional
    public AssessorView appealOutcome(@PathParam("id") UUID id, @Valid @NotNull AppealOutcomeRequest request) {
        return acted("RECORD_APPEAL_OUTCOME", applications.appealDecided(id, user(), request.outcome()));
    }

    @POST
    @Path("/paper-applications")
    @Transactional
    public Response registerPaper(@Valid @NotNull PaperApplication paper) {
        if (!paper.form().missingSteps().isEmpty()) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST)
                    .withTitle("Not complete").withDetail("A paper application is registered whole")
                    .with("problems", paper.form().missingSteps()).build();
        }
        Home.requireInCatalogue(paper.form().wishes().homes());
        String applicant = PersonalIdentityNumber.canonical(paper.applicantIdentityNumber()).orElseThrow();
        Application application = applications.start(applicant, paper.applicantRole(), Channel.PAPER);
        application.answers = paper.form();
        application.subjectIdentityNumber = paper.applicantRole() == ApplicantRole.SELF ? applicant
                : PersonalIdentityNumber.canonical(paper.form().who().personNumber()).orElse(null);
        applications.submitNow(application);
        application.assessor = user();
        return Response.created(URI.create("/api/assessor/applications/" + application.id))
                .entity(acted("REGISTER_PAPER_APPLICATION", application))
                .build();
    }

    /**
     * What an act answers is the whole application, personal data included: audited like a read, in the act's
     * transaction.
     */
    private AssessorView acted(String action, Application application) {
        audit.record(user(), action, application.id, null);
        return view(application);
    }

    private AssessorView view(Application application) {
        return new AssessorView(views.full(application), application.ownerIdentityNumber,
                application.subjectIdentityNumber, AssessorAction.available(application, user()));
    }

    private static Application submitted(UUID id) {
        Application application = Application.findById(id);
        if (application == null || application.isDraft()) {
            throw ApplicationService.notFound();
        }
        return application;
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
