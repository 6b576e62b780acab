package se.socialkontakt.contact.web;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.contact.faq.Article;
import se.socialkontakt.contact.faq.ArticleViews;
import se.socialkontakt.contact.faq.KnowledgeBase;
import se.socialkontakt.contact.web.Choices.Lists;
import se.socialkontakt.contact.web.Pages.Page;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The public FAQ (the experience bank): a search that works without JavaScript and, with it, answers as the reader
 * types (META-INF/resources/contact/faq.js calls /api/faq); one page per article with its related articles and
 * "did this help?". Internal answers never reach these pages: only the knowledge base's public reads are used.
 */
@Path("/faq")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class FaqPages {
    private static final int HITS = 20;
    private static final int LONGEST_QUERY = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");

    private final Pages pages;
    private final Choices choices;
    private final KnowledgeBase knowledge;

    FaqPages(Pages pages, Choices choices, KnowledgeBase knowledge) {
        this.pages = pages;
        this.choices = choices;
        this.knowledge = knowledge;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance faq(Frame frame, FaqView view);

        static native TemplateInstance article(Frame frame, ArticleView view);

        static native TemplateInstance missing(Frame frame);
    }

    /** An article in a list, in the language it is written in. */
    @TemplateData
    public record Hit(String href, String title, String lang, String category, String excerpt) {
    }

    /** {@code count} is worded ("3 svar"), and empty while nothing was searched for. */
    public record FaqView(String query, String category, boolean searched, List<Hit> hits, String count,
            List<Option> categories) {
    }

    public record ArticleView(UUID id, String title, String lang, String category, String updated,
            List<String> paragraphs, List<Hit> related) {
    }

    @GET
    public TemplateInstance faq(@QueryParam("lang") String lang, @QueryParam("q") String q,
            @QueryParam("category") String category) {
        Page page = pages.at("/faq", lang);
        String query = q == null ? "" : q.strip();
        query = query.substring(0, Math.min(query.length(), LONGEST_QUERY));
        String chosen = category != null && CODE.matcher(category).matches() ? category : null;
        boolean english = page.language().english();
        List<Article> found = query.isEmpty() ? knowledge.latestPublic(chosen, HITS)
                : knowledge.search(query, english, false, chosen, HITS);
        Lists lists = choices.in(page.language());
        List<Hit> hits = found.stream().map(a -> hit(ArticleViews.summary(a, english), page.frame(), lists)).toList();
        return page.localized(Templates.faq(page.frame(), new FaqView(query, chosen, !query.isEmpty(), hits,
                query.isEmpty() ? "" : count(hits.size(), page.language().messages()), lists.categories())));
    }

    @GET
    @Path("/{id}")
    public Response article(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Page page = pages.at("/faq/" + id, lang);
        Article article;
        try {
            article = knowledge.readPublic(UUID.fromString(id));
        } catch (IllegalArgumentException | HttpProblem notPublic) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page.localized(Templates.missing(page.frame())).render()).build();
        }
        boolean english = page.language().english();
        ArticleViews.Full full = ArticleViews.full(article, english, knowledge.related(article.id, false));
        Lists lists = choices.in(page.language());
        DateTimeFormatter date = DateTimeFormatter.ofPattern(page.language().messages().datePattern(),
                page.language().locale()).withZone(ZoneId.of(page.frame().zone()));
        ArticleView view = new ArticleView(full.id(), full.title(), full.lang(), lists.categoryLabel(full.category()),
                date.format(full.updatedAt()), Arrays.stream(PARAGRAPH_BREAK.split(full.body())).toList(),
                full.related().stream().map(r -> hit(r, page.frame(), lists)).toList());
        return Response.ok(page.localized(Templates.article(page.frame(), view)).render(), MediaType.TEXT_HTML_TYPE)
                .build();
    }

    private static Hit hit(ArticleViews.Summary summary, Frame frame, Lists lists) {
        return new Hit(frame.href("/faq/" + summary.id()), summary.title(), summary.lang(),
                lists.categoryLabel(summary.category()), summary.excerpt());
    }

    private static String count(int hits, ContactMessages messages) {
        return switch (hits) {
            case 0 -> messages.noResults();
            case 1 -> messages.oneResult();
            default -> messages.results(String.valueOf(hits));
        };
    }
}
