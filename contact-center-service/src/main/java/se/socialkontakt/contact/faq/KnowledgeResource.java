package se.socialkontakt.contact.faq;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** The knowledge base as staff search it while a contact is open: public answers and internal ones. */
@Path("/api/knowledge")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "agent", "handler", "communicator" })
public class KnowledgeResource {
    private final KnowledgeBase knowledge;

    KnowledgeResource(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GET
    public List<ArticleViews.Summary> search(@QueryParam("q") @NotBlank @Size(max = 200) String text,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return knowledge.search(text, false, true, null, limit).stream()
                .map(article -> ArticleViews.summary(article, false)).toList();
    }

    @GET
    @Path("/{id}")
    public ArticleViews.Full read(@PathParam("id") UUID id) {
        Article article = knowledge.find(id);
        if (article.status != Article.Status.PUBLISHED) {
            throw KnowledgeBase.notFound();
        }
        return ArticleViews.full(article, false, knowledge.related(id, true));
    }
}
