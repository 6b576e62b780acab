package se.socialkontakt.contact.faq;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Articles as readers see them, in the language asked for (Swedish when there is no English text). */
public final class ArticleViews {
    private static final int EXCERPT = 200;

    private ArticleViews() {
    }

    public record Summary(UUID id, String category, String lang, String title, String excerpt, Instant updatedAt,
            boolean internal) {
    }

    public record Full(UUID id, String category, String lang, String title, String body, Instant updatedAt,
            boolean internal, long helpfulYes, long helpfulNo, List<Summary> related) {
    }

    public static boolean hasEnglish(Article article) {
        return article.titleEn != null;
    }

    public static Summary summary(Article article, boolean english) {
        boolean en = english && hasEnglish(article);
        String body = en ? article.bodyEn : article.bodySv;
        return new Summary(article.id, article.category, en ? "en" : "sv", en ? article.titleEn : article.titleSv,
                body.length() <= EXCERPT ? body : body.substring(0, EXCERPT - 1) + "…", article.updatedAt,
                article.audience == Article.Audience.INTERNAL);
    }

    public static Full full(Article article, boolean english, List<Article> related) {
        boolean en = english && hasEnglish(article);
        return new Full(article.id, article.category, en ? "en" : "sv", en ? article.titleEn : article.titleSv,
                en ? article.bodyEn : article.bodySv, article.updatedAt,
                article.audience == Article.Audience.INTERNAL, article.helpfulYes, article.helpfulNo,
                related.stream().map(r -> summary(r, english)).toList());
    }
}
