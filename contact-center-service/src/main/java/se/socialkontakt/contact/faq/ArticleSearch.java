package se.socialkontakt.contact.faq;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Searches the knowledge base as people type, in PostgreSQL. Swedish full-text search (the Snowball stemmer) finds
 * "ansöker" for "ansöka". The stemmer leaves nouns apart from their verbs ("ansökan", "ansökningar" and "ansöka"), so
 * each word is also tried as a prefix of its root with common noun endings cut off; the last word is tried as a
 * prefix too, since it may be half typed. Trigram word similarity forgives a typo. Full-text hits rank first.
 */
@ApplicationScoped
public class ArticleSearch {
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 8;

    public record Hit(UUID id, double rank) {
    }

    private final EntityManager entityManager;

    ArticleSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Published articles matching the text, best first; internal ones only when asked for (staff). */
    @SuppressWarnings("unchecked")
    public List<Hit> search(String text, boolean english, boolean withInternal, String category, int limit) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        String config = english ? "english" : "swedish";
        String vector = english ? "search_en" : "search_sv";
        String phrase = String.join(" ", words);
        String sql = """
                SELECT id, ts_rank(%1$s, q) * 10 + word_similarity(:phrase, words_sv) AS rank
                FROM faq_article, to_tsquery('%2$s', :query) q
                WHERE status = 'PUBLISHED' AND (:internal OR audience = 'PUBLIC')
                  AND (CAST(:category AS VARCHAR) IS NULL OR category = :category)
                  AND (%1$s @@ q OR :phrase <%% words_sv)
                ORDER BY rank DESC, updated_at DESC
                LIMIT :limit""".formatted(vector, config);
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter("phrase", phrase)
                .setParameter("query", tsQuery(words))
                .setParameter("internal", withInternal)
                .setParameter("category", category)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Hit((UUID) row[0], ((Number) row[1]).doubleValue())).toList();
    }

    /** Letters and digits only: the words go into a tsquery, whose operators must never come from the user. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(NOT_A_WORD_CHARACTER.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty()).limit(MAX_WORDS).toList();
    }

    /**
     * Endings of Swedish nouns made from verbs and of plural and definite forms, longest first. Written here because
     * no maintained Swedish lemmatiser ships with PostgreSQL, and a hunspell dictionary would have to be installed
     * into the database server itself.
     */
    private static final List<String> ENDINGS = List.of("ningarna", "ningar", "ningen", "ning", "ingarna", "ingar",
            "ingen", "ing", "arna", "erna", "orna", "andet", "ande", "ende", "heten", "het", "an", "en", "ar", "er",
            "or", "na", "et", "a", "e");
    private static final int SHORTEST_ROOT = 4;

    /** Every word must match, as itself or as the root it shares with its relatives; the last may be half typed. */
    static String tsQuery(List<String> words) {
        return words.stream().map(word -> {
            String root = root(word);
            boolean last = word.equals(words.get(words.size() - 1));
            String self = last ? word + ":*" : word;
            return root.equals(word) ? self : "(" + self + " | " + root + ":*)";
        }).collect(Collectors.joining(" & "));
    }

    static String root(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_ROOT) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
