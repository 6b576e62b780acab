package se.socialkontakt.contact.faq;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Searches the knowledge base as people type, in PostgreSQL. Swedish full-text search (the Snowball stemmer) finds
 * "ansöker" for "ansöka". The stemmer leaves nouns apart from their verbs ("ansökan", "ansökningar" and "ansöka"), so
 * each word is also tried as a prefix of its root with common noun endings cut off; the last word is tried as a
 * prefix too, since it may be half typed. A typo is forgiven word by word: each typed word is also tried as the
 * published articles' words nearest to it by trigram similarity ("särskillt" as "särskilt"), looked up in the
 * trigram-indexed table {@code faq_word} (kept by a trigger, see the migration V7), so that no article's text is ever
 * compared by trigrams. Articles matching the words as typed rank before those found only through a correction.
 */
@ApplicationScoped
public class ArticleSearch {
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 8;
    /**
     * Corrections per typed word. A few, since the nearest known words of a real word are mostly its own inflected
     * forms (the stemmer and the root prefix find those anyway), and each one widens the full-text query.
     */
    static final int MAX_CORRECTIONS = 5;
    /**
     * How alike a known word must be to stand in for a typed one. Above pg_trgm's default of 0.3, which lets in
     * other words sharing a part ("färdtjänst" for "hemtjänst", 0.31); low enough for "särskilda" to find
     * "särskilt" (0.58). The index is searched with the operator {@code %} (at 0.3) and this stricter limit checks
     * the candidates it finds.
     */
    static final double MIN_SIMILARITY = 0.5;

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
        Map<String, List<String>> corrections = corrections(words, english, withInternal);
        String sql = """
                SELECT id, ts_rank(%1$s, corrected) AS rank
                FROM faq_article, to_tsquery('%2$s', :typed) typed, to_tsquery('%2$s', :corrected) corrected
                WHERE status = 'PUBLISHED' AND (:internal OR audience = 'PUBLIC')
                  AND (CAST(:category AS VARCHAR) IS NULL OR category = :category)
                  AND %1$s @@ corrected
                ORDER BY %1$s @@ typed DESC, rank DESC, updated_at DESC
                LIMIT :limit""".formatted(vector, config);
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter("typed", tsQuery(words))
                .setParameter("corrected", tsQuery(words, corrections))
                .setParameter("internal", withInternal)
                .setParameter("category", category)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Hit((UUID) row[0], ((Number) row[1]).doubleValue())).toList();
    }

    /**
     * The known words nearest to each typed word, by the trigram index on {@code faq_word}. Stop words are not
     * corrected: the full-text search ignores them, and a correction would turn one into a word every article must
     * hold. The public search corrects only to words of public articles.
     */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> corrections(List<String> words, boolean english, boolean withInternal) {
        String sql = """
                SELECT typed.word, near.word
                FROM unnest(string_to_array(:words, ' ')) AS typed (word)
                CROSS JOIN LATERAL (
                    SELECT known.word FROM faq_word known
                    WHERE known.language = :language AND known.word %% typed.word
                      AND similarity(known.word, typed.word) >= :similarity
                      AND (:internal OR known.public_articles > 0)
                      AND length(to_tsvector('%1$s', typed.word)) > 0
                    ORDER BY similarity(known.word, typed.word) DESC, known.word
                    LIMIT :corrections) near""".formatted(english ? "english" : "swedish");
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter("words", String.join(" ", words))
                .setParameter("language", english ? "en" : "sv")
                .setParameter("similarity", MIN_SIMILARITY)
                .setParameter("internal", withInternal)
                .setParameter("corrections", MAX_CORRECTIONS)
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> (String) row[0],
                Collectors.mapping(row -> (String) row[1], Collectors.toList())));
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
        return tsQuery(words, Map.of());
    }

    /**
     * As {@link #tsQuery(List)}, each word also matching as one of its corrections. A correction comes from the
     * database, not from the user, but it still goes into the tsquery only if it is a word: letters and digits.
     */
    static String tsQuery(List<String> words, Map<String, List<String>> corrections) {
        return words.stream().map(word -> {
            String root = root(word);
            boolean last = word.equals(words.get(words.size() - 1));
            List<String> forms = new ArrayList<>();
            forms.add(last ? word + ":*" : word);
            if (!root.equals(word)) {
                forms.add(root + ":*");
            }
            corrections.getOrDefault(word, List.of()).stream()
                    .filter(known -> !known.equals(word) && WORD.matcher(known).matches()).forEach(forms::add);
            return forms.size() == 1 ? forms.get(0) : "(" + String.join(" | ", forms) + ")";
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
