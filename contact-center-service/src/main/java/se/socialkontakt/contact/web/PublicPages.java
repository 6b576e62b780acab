package se.socialkontakt.contact.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.support.contact.SocialServicesContact;
import se.socialkontakt.contact.web.Pages.Page;

import java.util.List;

/**
 * The residents' front door: the start page, the contact form and the feedback form. Rendered on the server in
 * Swedish unless {@code ?lang=en}; the forms send through small scripts (META-INF/resources/contact/) that show the
 * receipt with its reference number.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PublicPages {
    private final Pages pages;
    private final Choices choices;
    private final SocialServicesContact contact;
    private final SignIn signIn;
    private final int firstResponseDays;
    private final int acknowledgeDays;
    private final int answerDays;

    PublicPages(Pages pages, Choices choices, SocialServicesContact contact, SignIn signIn,
            @ConfigProperty(name = "socialkontakt.contact.sla.first-response-days") int firstResponseDays,
            @ConfigProperty(name = "socialkontakt.feedback.acknowledge-days") int acknowledgeDays,
            @ConfigProperty(name = "socialkontakt.feedback.answer-days") int answerDays) {
        this.pages = pages;
        this.choices = choices;
        this.contact = contact;
        this.signIn = signIn;
        this.firstResponseDays = firstResponseDays;
        this.acknowledgeDays = acknowledgeDays;
        this.answerDays = answerDays;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Frame frame, StartView view);

        static native TemplateInstance contact(Frame frame, ContactView view);

        static native TemplateInstance feedback(Frame frame, FeedbackView view);
    }

    /** {@code answerWithin} is already worded, e.g. "1 arbetsdag". */
    public record StartView(String phone, String phoneLink, String hours, String answerWithin) {
    }

    /** The forms offer to sign in with e-ID (optional), so that the answer also reaches "Mina kontakter". */
    public record ContactView(String answerWithin, List<Option> categories, SignIn signIn) {
    }

    public record FeedbackView(String acknowledgeWithin, String answerWithin, List<Option> kinds, List<Option> units,
            SignIn signIn) {
    }

    @GET
    public TemplateInstance start(@QueryParam("lang") String lang) {
        Page page = pages.at("/", lang);
        return page.localized(Templates.start(page.frame(), new StartView(contact.phoneInText(),
                contact.phoneLink(), contact.hours(page.language().locale()),
                page.language().messages().workingDays(firstResponseDays))));
    }

    @GET
    @Path("kontakt")
    public TemplateInstance contact(@QueryParam("lang") String lang) {
        Page page = pages.at("/kontakt", lang);
        return page.localized(Templates.contact(page.frame(), new ContactView(
                page.language().messages().workingDays(firstResponseDays),
                choices.in(page.language()).categories(), signIn)));
    }

    @GET
    @Path("synpunkter")
    public TemplateInstance feedback(@QueryParam("lang") String lang) {
        Page page = pages.at("/synpunkter", lang);
        ContactMessages messages = page.language().messages();
        return page.localized(Templates.feedback(page.frame(), new FeedbackView(messages.workingDays(acknowledgeDays),
                messages.workingDays(answerDays), Labels.kinds(messages), choices.in(page.language()).units(),
                signIn)));
    }
}
