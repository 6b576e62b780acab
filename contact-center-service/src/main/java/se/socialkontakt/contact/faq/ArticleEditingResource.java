package se.socialkontakt.contact.faq;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.panache.common.Sort;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Communicators write and publish articles; drafts are seen only here. */
@Path("/api/faq-editing/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("communicator")
public class ArticleEditingResource {
    private final KnowledgeBase knowledge;
    private final SecurityIdentity identity;

    ArticleEditingResource(KnowledgeBase knowledge, SecurityIdentity identity) {
        this.knowledge = knowledge;
        this.identity = identity;
    }

    public record ArticleText(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String category,
            @NotNull Article.Audience audience, @NotBlank @Size(max = 200) String titleSv,
            @NotBlank @Size(max = 20000) String bodySv, @Size(max = 200) String titleEn,
            @Size(max = 20000) String bodyEn) {

        @AssertTrue(message = "English needs both a title and a body, or neither")
        public boolean isEnglishWhole() {
            return isBlank(titleEn) == isBlank(bodyEn);
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }

        KnowledgeBase.Draft draft() {
            return new KnowledgeBase.Draft(category, audience, titleSv, bodySv, titleEn, bodyEn);
        }
    }

    public record Publication(@NotNull Boolean published) {
    }

    public record Related(@NotNull @Size(max = 20) List<@NotNull UUID> articles) {
    }

    public record Edited(UUID id, String category, Article.Audience audience, Article.Status status, String titleSv,
            String bodySv, String titleEn, String bodyEn, Instant updatedAt, String updatedBy, long views,
            long helpfulYes, long helpfulNo) {
        static Edited of(Article a) {
            return new Edited(a.id, a.category, a.audience, a.status, a.titleSv, a.bodySv, a.titleEn, a.bodyEn,
                    a.updatedAt, a.updatedBy, a.views, a.helpfulYes, a.helpfulNo);
        }
    }

    @GET
    public List<Edited> all() {
        return Article.<Article>listAll(Sort.descending("updatedAt")).stream().map(Edited::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull ArticleText text) {
        Article article = knowledge.create(text.draft(), user());
        return Response.created(URI.create("/api/faq-editing/articles/" + article.id)).entity(Edited.of(article))
                .build();
    }

    @PUT
    @Path("/{id}")
    public Edited update(@PathParam("id") UUID id, @Valid @NotNull ArticleText text) {
        return Edited.of(knowledge.update(id, text.draft(), user()));
    }

    @POST
    @Path("/{id}/publication")
    public Edited publish(@PathParam("id") UUID id, @Valid @NotNull Publication publication) {
        return Edited.of(knowledge.publish(id, publication.published(), user()));
    }

    @GET
    @Path("/{id}/related")
    public Related related(@PathParam("id") UUID id) {
        return new Related(knowledge.relatedIds(id));
    }

    @PUT
    @Path("/{id}/related")
    public Response relate(@PathParam("id") UUID id, @Valid @NotNull Related related) {
        knowledge.relate(id, related.articles());
        return Response.noContent().build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
