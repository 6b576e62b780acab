package se.socialkontakt.housing.application;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.events.HousingApplicationStarted.Channel;
import se.socialkontakt.housing.homes.Home;
import se.socialkontakt.support.identity.ResidentIdentity;
import se.socialkontakt.support.idempotency.IdempotencyKey;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Residents (logged in with e-ID) apply step by step, come back to their drafts, submit, follow their applications,
 * write to the assessor, answer requests for information and appeal decisions. They see only the applications they
 * made and those made for them.
 */
@Path("/api/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("resident")
public class ApplicationResource {
    private final ApplicationService applications;
    private final ApplicationViews views;
    private final ResidentIdentity resident;
    private final Validator validator;

    ApplicationResource(ApplicationService applications, ApplicationViews views, ResidentIdentity resident,
            Validator validator) {
        this.applications = applications;
        this.views = views;
        this.resident = resident;
        this.validator = validator;
    }

    /** Protected identity (skyddade personuppgifter) is declared first, so nothing about the person is stored. */
    public record StartRequest(@NotNull ApplicantRole applicantRole, boolean protectedIdentity) {
    }

    public record Text(@NotBlank @Size(max = 4000) String text) {
    }

    @GET
    public List<ApplicationViews.Summary> mine() {
        String identityNumber = resident.identityNumber();
        return applications.of(identityNumber).stream().map(a -> ApplicationViews.Summary.of(a, identityNumber))
                .toList();
    }

    /** With an Idempotency-Key, a repeated start answers the draft the first one started (see docs/decisions.md). */
    @POST
    public Response start(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull StartRequest request) {
        Optional<IdempotencyKey> key = IdempotencyKey.of(idempotencyKey);
        if (request.protectedIdentity()) {
            throw HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("Protected identity")
                    .withDetail("With protected personal data, apply by phone so that no details are stored here")
                    .with("reason", "PROTECTED_IDENTITY").build();
        }
        Application application = applications.start(resident.identityNumber(), request.applicantRole(),
                Channel.DIGITAL, key);
        return Response.created(URI.create("/api/applications/" + application.id))
                .entity(view(application)).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public ApplicationViews.Full get(@PathParam("id") UUID id) {
        return view(own(id));
    }

    @PUT
    @Path("/{id}/steps/who")
    public ApplicationViews.Full who(@PathParam("id") UUID id, @Valid @NotNull ApplicationForm.WhoApplies step) {
        return save(id, form -> new ApplicationForm(step, form.applicant(), form.living(), form.needs(), form.partner(),
                form.wishes(), form.language(), form.consents()));
    }

    @PUT
    @Path("/{id}/steps/applicant")
    public ApplicationViews.Full applicant(@PathParam("id") UUID id, @Valid @NotNull ApplicationForm.Applicant step) {
        return save(id, form -> new ApplicationForm(form.who(), step, form.living(), form.needs(), form.partner(),
                form.wishes(), form.language(), form.consents()));
    }

    @PUT
    @Path("/{id}/steps/living")
    public ApplicationViews.Full living(@PathParam("id") UUID id, @Valid @NotNull ApplicationForm.Living step) {
        return save(id, form -> new ApplicationForm(form.who(), form.applicant(), step, form.needs(), form.partner(),
                form.wishes(), form.language(), form.consents()));
    }

    @PUT
    @Path("/{id}/steps/needs")
    public ApplicationViews.Full needs(@PathParam("id") UUID id, @Valid @NotNull ApplicationForm.Needs step) {
        return save(id, form -> new ApplicationForm(form.who(), form.applicant(), form.living(), step, form.partner(),
                form.wishes(), form.language(), form.consents()));
    }

    @PUT
    @Path("/{id}/steps/partner")
    public ApplicationViews.Full partner(@PathParam("id") UUID id, @Valid @NotNull ApplicationForm.Partner step) {
        return save(id, form -> new ApplicationForm(form.who(), form.applicant(), form.living(), form.needs(), step,
                form.wishes(), form.language(), form.consents()));
    }

    @PUT
    @Path("/{id}/steps/wishes")
    public ApplicationViews.Full wishes(@PathParam("id") UUID id, @Valid @NotNull ApplicationForm.Wishes step) {
        Home.requireInCatalogue(step.homes());
        return save(id, form -> new ApplicationForm(form.who(), form.applicant(), form.living(), form.needs(),
                form.partner(), step, form.language(), form.consents()));
    }

    @PUT
    @Path("/{id}/steps/language")
    public ApplicationViews.Full language(@PathParam("id") UUID id, @Valid @NotNull ApplicationForm.Language step) {
        return save(id, form -> new ApplicationForm(form.who(), form.applicant(), form.living(), form.needs(),
                form.partner(), form.wishes(), step, form.consents()));
    }

    @PUT
    @Path("/{id}/steps/consents")
    public ApplicationViews.Full consents(@PathParam("id") UUID id, @Valid @NotNull ApplicationForm.Consents step) {
        return save(id, form -> new ApplicationForm(form.who(), form.applicant(), form.living(), form.needs(),
                form.partner(), form.wishes(), form.language(), step));
    }

    /** Submits the draft once every step is answered and valid; the answer lists what is missing otherwise. */
    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public ApplicationViews.Full submit(@PathParam("id") UUID id) {
        Application application = own(id);
        List<String> problems = new ArrayList<>();
        application.answers.missingSteps().forEach(step -> problems.add("missing step " + step));
        for (ConstraintViolation<ApplicationForm> violation : validator.validate(application.answers)) {
            problems.add(violation.getPropertyPath() + " " + violation.getMessage());
        }
        if (application.answers.who() != null
                && application.answers.who().representation() == ApplicationForm.Representation.POWER_OF_ATTORNEY
                && !hasAttachment(id)) {
            problems.add("a power of attorney must be attached");
        }
        return view(applications.submit(id, resident.identityNumber(), problems));
    }

    @GET
    @Path("/{id}/messages")
    @Transactional
    public List<ApplicationViews.Message> messages(@PathParam("id") UUID id) {
        return view(own(id)).messages();
    }

    @POST
    @Path("/{id}/messages")
    public ApplicationViews.Full write(@PathParam("id") UUID id, @Valid @NotNull Text message) {
        // Stored and shown as the applicant's: the person the application is for reads it, but does not write as them.
        applications.appliedBy(id, resident.identityNumber());
        applications.message(id, ApplicationMessage.Sender.APPLICANT, "resident", message.text().strip());
        return view(Application.findById(id));
    }

    @POST
    @Path("/{id}/supplement")
    public ApplicationViews.Full supplement(@PathParam("id") UUID id, @Valid @NotNull Text answer) {
        applications.supplement(id, resident.identityNumber(), answer.text().strip());
        return view(Application.findById(id));
    }

    @POST
    @Path("/{id}/appeal")
    public ApplicationViews.Full appeal(@PathParam("id") UUID id, @Valid @NotNull Text appeal) {
        return view(applications.appeal(id, resident.identityNumber(), appeal.text().strip()));
    }

    private ApplicationViews.Full save(UUID id, UnaryOperator<ApplicationForm> change) {
        return view(applications.saveStep(id, resident.identityNumber(), change));
    }

    /** Deletes a draft the resident no longer wants; only who applies may, and only before it is submitted. */
    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") UUID id) {
        applications.deleteDraft(id, resident.identityNumber());
    }

    private ApplicationViews.Full view(Application application) {
        return views.full(application, resident.identityNumber());
    }

    private Application own(UUID id) {
        return applications.findFor(id, resident.identityNumber()).orElseThrow(ApplicationService::notFound);
    }

    private static boolean hasAttachment(UUID id) {
        return ((Number) Application.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM application_attachment WHERE application_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue() > 0;
    }
}
