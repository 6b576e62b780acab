package se.socialkontakt.housing.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/**
 * The needs assessors' console: the inbox, one application, and the form for an application that came on paper.
 * Like the resident's pages they hold nothing personal; the scripts sign in (role assessor) and call
 * {@code /api/assessor}, which audits every read.
 */
@Path("/handlaggning")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AssessorPages {
    private final Frames frames;
    private final Wizards wizards;

    AssessorPages(Frames frames, Wizards wizards) {
        this.frames = frames;
        this.wizards = wizards;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Frames.Frame frame);

        static native TemplateInstance assessorCase(Frames.Frame frame, Wizards.StepView view);

        static native TemplateInstance paperApplication(Frames.Frame frame, WizardSteps steps);
    }

    @GET
    public TemplateInstance inbox(@QueryParam("lang") String lang) {
        return frames.page(lang, "/handlaggning", Templates::inbox);
    }

    /** An application that came on paper, typed in whole: the wizard's questions on one page. */
    @GET
    @Path("pappersansokan")
    public TemplateInstance paperApplication(@QueryParam("lang") String lang) {
        return frames.page(lang, "/handlaggning/pappersansokan",
                frame -> Templates.paperApplication(frame, wizards.steps(frame)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance assessorCase(@QueryParam("lang") String lang, @PathParam("id") UUID id) {
        return frames.page(lang, "/handlaggning/" + id,
                frame -> Templates.assessorCase(frame, wizards.view(frame, id, 1)));
    }
}
