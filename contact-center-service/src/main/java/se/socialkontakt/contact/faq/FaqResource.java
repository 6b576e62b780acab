package se.socialkontakt.contact.faq;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.support.idempotency.IdempotencyKey;
import se.socialkontakt.support.limits.PublicFormGuard;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The public FAQ: search, read, "did this help?". Internal answers are never served here. */
@Path("/api/faq")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class FaqResource {
    private final KnowledgeBase knowledge;
    private final PublicFormGuard guard;

    FaqResource(KnowledgeBase knowledge, PublicFormGuard guard) {
        this.knowledge = knowledge;
        this.guard = guard;
    }

    public record Vote(@NotNull Boolean helpful) {
    }

    @GET
    public List<ArticleViews.Summary> find(@QueryParam("q") @Size(max = 200) String text,
            @QueryParam("category") @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String category,
            @QueryParam("lang") @Pattern(regexp = "sv|en") String lang,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(50) int limit) {
        boolean english = "en".equals(lang);
        List<Article> found = text == null || text.isBlank() ? knowledge.latestPublic(category, limit)
                : knowledge.search(text, english, false, category, limit);
        return found.stream().map(article -> ArticleViews.summary(article, english)).toList();
    }

    @GET
    @Path("/{id}")
    public ArticleViews.Full read(@PathParam("id") UUID id, @QueryParam("lang") @Pattern(regexp = "sv|en") String lang) {
        Article article = knowledge.readPublic(id);
        return ArticleViews.full(article, "en".equals(lang), knowledge.related(id, false));
    }

    @POST
    @Path("/{id}/votes")
    public Response vote(@PathParam("id") UUID id, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull Vote vote, @Context HttpServerRequest http) {
        Optional<IdempotencyKey> key = IdempotencyKey.of(idempotencyKey);
        // Limited like the other public forms: an unlimited vote would let a script steer "did this help?".
        guard.check(null, http.remoteAddress() == null ? null : http.remoteAddress().host());
        knowledge.vote(id, vote.helpful(), key);
        return Response.noContent().build();
    }
}
