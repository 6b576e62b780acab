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
 * "Mina kontakter": the page holds nothing personal, so anyone may load it; its script signs the resident in with
 * e-ID (Keycloak, role resident), as housing's "Mina ansökningar" does, and fetches their own contacts from
 * {@code /api/my-contacts}.
 */
@Path("/mina-kontakter")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ResidentPages {
    private final Pages pages;
    private final Choices choices;
    private final SignIn signIn;

    ResidentPages(Pages pages, Choices choices, SignIn signIn) {
        this.pages = pages;
        this.choices = choices;
        this.signIn = signIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myContacts(Frame frame, MyContactsView view);
    }

    /** Where to sign in, and the labels of the codes the API answers with. */
    @TemplateData
    public record MyContactsView(String authServerUrl, String clientId, Lists lists, List<Option> statuses,
            List<Option> kinds) {
    }

    @GET
    public TemplateInstance myContacts(@QueryParam("lang") String lang) {
        Page page = pages.at("/mina-kontakter", lang);
        ContactMessages messages = page.language().messages();
        return page.localized(Templates.myContacts(page.frame(), new MyContactsView(signIn.authServerUrl(),
                signIn.clientId(), choices.in(page.language()), Labels.questionStatuses(messages),
                Labels.kinds(messages))));
    }
}
