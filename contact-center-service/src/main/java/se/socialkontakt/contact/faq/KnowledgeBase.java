package se.socialkontakt.contact.faq;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.contact.routing.Routing;
import se.socialkontakt.events.FaqArticleViewed;
import se.socialkontakt.events.FaqArticleVoted;
import se.socialkontakt.outbox.Outbox;
import se.socialkontakt.support.idempotency.IdempotencyKey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The knowledge base: reading, searching, voting, and the communicators' editing with draft and published states. */
@ApplicationScoped
public class KnowledgeBase {
    /** What a communicator writes; English is optional, but title and body come together. */
    public record Draft(String category, Article.Audience audience, String titleSv, String bodySv, String titleEn,
            String bodyEn) {
    }

    private final ArticleSearch search;
    private final Routing routing;
    private final Outbox outbox;
    private final VoteKeys voteKeys;
    private final EntityManager entityManager;
    private final Clock clock;

    KnowledgeBase(ArticleSearch search, Routing routing, Outbox outbox, VoteKeys voteKeys, EntityManager entityManager,
            Clock clock) {
        this.search = search;
        this.routing = routing;
        this.outbox = outbox;
        this.voteKeys = voteKeys;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public List<Article> search(String text, boolean english, boolean withInternal, String category, int limit) {
        List<ArticleSearch.Hit> hits = search.search(text, english, withInternal, category, limit);
        Map<UUID, Article> byId = Article.<Article>list("id in ?1", hits.stream().map(ArticleSearch.Hit::id).toList())
                .stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return hits.stream().map(hit -> byId.get(hit.id())).toList();
    }

    /** The newest published public articles, for the FAQ's front page and the Atom feed. */
    public List<Article> latestPublic(String category, int limit) {
        String query = "status = ?1 and audience = ?2" + (category == null ? "" : " and category = ?3")
                + " order by updatedAt desc";
        Object[] parameters = category == null ? new Object[] { Article.Status.PUBLISHED, Article.Audience.PUBLIC }
                : new Object[] { Article.Status.PUBLISHED, Article.Audience.PUBLIC, category };
        return Article.<Article>find(query, parameters).page(0, limit).list();
    }

    /** A public article as a resident opens it; counted and reported as a view. */
    @Transactional
    public Article readPublic(UUID id) {
        Article article = Article.findById(id);
        if (article == null || !article.isPublic()) {
            throw notFound();
        }
        entityManager.createNativeQuery("UPDATE faq_article SET views = views + 1 WHERE id = ?1")
                .setParameter(1, id).executeUpdate();
        outbox.publish(new FaqArticleViewed(id, clock.instant()));
        return article;
    }

    /** Counts a vote, once per key: a vote sent again with its key changes nothing more. */
    @Transactional
    public void vote(UUID id, boolean helpful, Optional<IdempotencyKey> key) {
        Article article = Article.findById(id);
        if (article == null || !article.isPublic()) {
            throw notFound();
        }
        if (key.isPresent() && !voteKeys.firstUse(key.get())) {
            return;
        }
        entityManager.createNativeQuery(helpful
                        ? "UPDATE faq_article SET helpful_yes = helpful_yes + 1 WHERE id = ?1"
                        : "UPDATE faq_article SET helpful_no = helpful_no + 1 WHERE id = ?1")
                .setParameter(1, id).executeUpdate();
        outbox.publish(new FaqArticleVoted(id, clock.instant(), helpful));
    }

    /** Published related articles the reader may see. */
    @SuppressWarnings("unchecked")
    public List<Article> related(UUID id, boolean withInternal) {
        List<UUID> ids = entityManager.createNativeQuery("SELECT related_id FROM faq_related WHERE article_id = ?1",
                UUID.class).setParameter(1, id).getResultList();
        return Article.<Article>list("id in ?1", ids).stream()
                .filter(a -> a.status == Article.Status.PUBLISHED && (withInternal || a.isPublic())).toList();
    }

    @Transactional
    public Article create(Draft draft, String author) {
        mustHaveCategory(draft.category());
        Instant now = clock.instant();
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.status = Article.Status.DRAFT;
        article.createdAt = now;
        write(article, draft, author, now);
        article.persist();
        return article;
    }

    @Transactional
    public Article update(UUID id, Draft draft, String author) {
        mustHaveCategory(draft.category());
        Article article = find(id);
        write(article, draft, author, clock.instant());
        return article;
    }

    @Transactional
    public Article publish(UUID id, boolean published, String author) {
        Article article = find(id);
        Instant now = clock.instant();
        article.status = published ? Article.Status.PUBLISHED : Article.Status.DRAFT;
        if (published) {
            article.publishedAt = now;
        }
        article.updatedAt = now;
        article.updatedBy = author;
        return article;
    }

    /** The ids of every article related to this one, drafts and internal answers too, for the editors. */
    @SuppressWarnings("unchecked")
    public List<UUID> relatedIds(UUID id) {
        find(id);
        return entityManager.createNativeQuery("SELECT related_id FROM faq_related WHERE article_id = ?1",
                UUID.class).setParameter(1, id).getResultList();
    }

    /**
     * Replaces the articles related to this one. Every one must exist and none may be the article itself: a refusal
     * changes nothing and blames the list ("articles").
     */
    @Transactional
    public void relate(UUID id, List<UUID> related) {
        find(id);
        List<UUID> distinct = related.stream().distinct().toList();
        if (distinct.contains(id)) {
            throw badRelated("An article cannot be related to itself", id);
        }
        List<UUID> known = Article.<Article>list("id in ?1", distinct).stream().map(a -> a.id).toList();
        distinct.stream().filter(other -> !known.contains(other)).findFirst().ifPresent(unknown -> {
            throw badRelated("There is no article " + unknown, unknown);
        });
        entityManager.createNativeQuery("DELETE FROM faq_related WHERE article_id = ?1").setParameter(1, id)
                .executeUpdate();
        for (UUID other : distinct) {
            entityManager.createNativeQuery("INSERT INTO faq_related (article_id, related_id) VALUES (?1, ?2)")
                    .setParameter(1, id).setParameter(2, other).executeUpdate();
        }
    }

    private static HttpProblem badRelated(String detail, UUID article) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Not a related article")
                .withDetail(detail).with("field", "articles").with("article", article.toString()).build();
    }

    public Article find(UUID id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw notFound();
        }
        return article;
    }

    private void mustHaveCategory(String category) {
        if (!routing.isActiveCategory(category)) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Unknown category")
                    .withDetail("Unknown category: " + category).with("field", "category").build();
        }
    }

    private static void write(Article article, Draft draft, String author, Instant now) {
        article.category = draft.category();
        article.audience = draft.audience();
        article.titleSv = draft.titleSv().strip();
        article.bodySv = draft.bodySv().strip();
        boolean english = draft.titleEn() != null && !draft.titleEn().isBlank();
        article.titleEn = english ? draft.titleEn().strip() : null;
        article.bodyEn = english ? draft.bodyEn().strip() : null;
        article.updatedAt = now;
        article.updatedBy = author;
    }

    static HttpProblem notFound() {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such article")
                .withDetail("There is no published article with this id").build();
    }
}
