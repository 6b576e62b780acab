package se.socialkontakt.benchmarks.contactcenter;

import java.util.ArrayList;
import java.util.List;

/**
 * The queries the public FAQ page sends as people type: it searches after a 200 ms pause in typing, so a phrase
 * arrives as a few prefixes cut wherever the typist paused (at least three characters, often in the middle of a word)
 * and then whole. Deterministic from the seed, so that every server of a run answers the same queries.
 */
final class TypedQueries {
    private static final int SHORTEST = 3;

    private TypedQueries() {
    }

    static List<String> generate(long seed, int count) {
        SwedishText text = new SwedishText(seed);
        List<String> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            String phrase = text.searchPhrase();
            int pauses = text.nextInt(4);
            int from = SHORTEST;
            for (int p = 0; p < pauses && from < phrase.length(); p++) {
                int cut = from + text.nextInt(phrase.length() - from);
                queries.add(phrase.substring(0, cut));
                from = cut + 1;
            }
            queries.add(phrase);
        }
        return List.copyOf(queries.subList(0, count));
    }
}
