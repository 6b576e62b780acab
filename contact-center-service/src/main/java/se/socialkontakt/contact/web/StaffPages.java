package se.socialkontakt.contact.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.socialkontakt.contact.web.Choices.Lists;
import se.socialkontakt.contact.web.Pages.Page;

import java.util.List;

/**
 * The staff pages: the agents' console, the handlers' unit lists and the communicators' editorial desk. A page holds
 * nothing personal, so anyone may load it; its script signs in through Keycloak (PKCE, public client, with
 * /socialkontakt/staff-login.js) and every API call it makes carries the token, which decides what it may see.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class StaffPages {
    private final Pages pages;
    private final Choices choices;
    private final SignIn signIn;

    StaffPages(Pages pages, Choices choices, SignIn signIn) {
        this.pages = pages;
        this.choices = choices;
        this.signIn = signIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agent(Frame frame, StaffView view);

        static native TemplateInstance handler(Frame frame, StaffView view);

        static native TemplateInstance editor(Frame frame, StaffView view);
    }

    /** Where to sign in, and every label the page's script may need for the codes the API answers with. */
    @TemplateData
    public record StaffView(String authServerUrl, String clientId, Lists lists, List<Option> channels,
            List<Option> statuses, List<Option> slaStates, List<Option> entryKinds, List<Option> kinds,
            List<Option> audiences, List<Option> articleStatuses, List<Option> replyRoutes) {
    }

    @GET
    @Path("agent")
    public TemplateInstance agent(@QueryParam("lang") String lang) {
        Page page = pages.at("/agent", lang);
        return page.localized(Templates.agent(page.frame(), view(page)));
    }

    @GET
    @Path("handlaggare")
    public TemplateInstance handler(@QueryParam("lang") String lang) {
        Page page = pages.at("/handlaggare", lang);
        return page.localized(Templates.handler(page.frame(), view(page)));
    }

    @GET
    @Path("redaktion")
    public TemplateInstance editor(@QueryParam("lang") String lang) {
        Page page = pages.at("/redaktion", lang);
        return page.localized(Templates.editor(page.frame(), view(page)));
    }

    private StaffView view(Page page) {
        StaffMessages staff = page.language().staff();
        return new StaffView(signIn.authServerUrl(), signIn.clientId(), choices.in(page.language()),
                Labels.channels(staff), Labels.caseStatuses(staff), Labels.slaStates(staff), Labels.entryKinds(staff),
                Labels.kinds(page.language().messages()), Labels.audiences(staff), Labels.articleStatuses(staff),
                Labels.replyRoutes(staff));
    }
}
