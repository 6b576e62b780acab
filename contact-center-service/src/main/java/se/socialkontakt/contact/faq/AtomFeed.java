package se.socialkontakt.contact.faq;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** An Atom feed of new and updated public FAQ articles (Rome writes the XML). */
@Path("/faq/feed.atom")
@PermitAll
public class AtomFeed {
    private static final int ENTRIES = 50;

    private final KnowledgeBase knowledge;

    AtomFeed(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GET
    @Produces("application/atom+xml; charset=utf-8")
    public String feed(@QueryParam("lang") @Pattern(regexp = "sv|en") String lang, @Context UriInfo uri)
            throws FeedException {
        boolean english = "en".equals(lang);
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        List<Article> articles = knowledge.latestPublic(null, ENTRIES);
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:socialkontakt:faq:" + (english ? "en" : "sv"));
        feed.setTitle(english ? "Social services – questions and answers" : "Socialtjänsten – frågor och svar");
        feed.setLanguage(english ? "en" : "sv");
        feed.setUpdated(Date.from(articles.isEmpty() ? Instant.EPOCH : articles.get(0).updatedAt));
        feed.setAlternateLinks(List.of(link(base + "/faq" + (english ? "?lang=en" : ""))));
        feed.setEntries(articles.stream().map(article -> entry(article, english, base)).toList());
        return new WireFeedOutput().outputString(feed);
    }

    private static Entry entry(Article article, boolean english, String base) {
        ArticleViews.Full view = ArticleViews.full(article, english, List.of());
        Entry entry = new Entry();
        entry.setId("urn:uuid:" + article.id);
        entry.setTitle(view.title());
        entry.setUpdated(Date.from(article.updatedAt));
        entry.setPublished(Date.from(article.publishedAt == null ? article.updatedAt : article.publishedAt));
        entry.setAlternateLinks(List.of(link(base + "/faq/" + article.id + (english ? "?lang=en" : ""))));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(view.body());
        entry.setSummary(summary);
        return entry;
    }

    private static Link link(String href) {
        Link link = new Link();
        link.setRel("alternate");
        link.setHref(href);
        return link;
    }
}
