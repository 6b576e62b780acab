package se.socialkontakt.housing.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/**
 * The resident's pages: my applications, starting one, the wizard, the receipt and one application's status. They
 * hold nothing personal, so anyone may load them: their scripts sign in through Keycloak (role resident) and fetch
 * the resident's own data from {@code /api/applications}.
 */
@Path("/ansokan")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ApplicantPages {
    private final Frames frames;
    private final Wizards wizards;

    ApplicantPages(Frames frames, Wizards wizards) {
        this.frames = frames;
        this.wizards = wizards;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance applications(Frames.Frame frame);

        static native TemplateInstance newApplication(Frames.Frame frame);

        static native TemplateInstance step(Frames.Frame frame, Wizards.StepView view);

        static native TemplateInstance attachments(Frames.Frame frame, Wizards.StepView view);

        static native TemplateInstance review(Frames.Frame frame, Wizards.StepView view);

        static native TemplateInstance receipt(Frames.Frame frame, String applicationId);

        static native TemplateInstance application(Frames.Frame frame, Wizards.StepView view);
    }

    @GET
    public TemplateInstance applications(@QueryParam("lang") String lang) {
        return frames.page(lang, "/ansokan", Templates::applications);
    }

    @GET
    @Path("ny")
    public TemplateInstance newApplication(@QueryParam("lang") String lang) {
        return frames.page(lang, "/ansokan/ny", Templates::newApplication);
    }

    @GET
    @Path("{id}")
    public TemplateInstance application(@QueryParam("lang") String lang, @PathParam("id") UUID id) {
        return frames.page(lang, "/ansokan/" + id, frame -> Templates.application(frame, wizards.view(frame, id, 1)));
    }

    @GET
    @Path("{id}/kvitto")
    public TemplateInstance receipt(@QueryParam("lang") String lang, @PathParam("id") UUID id) {
        return frames.page(lang, "/ansokan/" + id + "/kvitto", frame -> Templates.receipt(frame, id.toString()));
    }

    @GET
    @Path("{id}/steg/{n}")
    public TemplateInstance step(@QueryParam("lang") String lang, @PathParam("id") UUID id, @PathParam("n") int n) {
        if (n < 1 || n > WizardSteps.REVIEW) {
            throw new NotFoundException();
        }
        return frames.page(lang, "/ansokan/" + id + "/steg/" + n, frame -> {
            Wizards.StepView view = wizards.view(frame, id, n);
            return switch (n) {
                case WizardSteps.ATTACHMENTS -> Templates.attachments(frame, view);
                case WizardSteps.REVIEW -> Templates.review(frame, view);
                default -> Templates.step(frame, view);
            };
        });
    }
}
