package se.socialkontakt.chat.risk;

import se.socialkontakt.chat.conversation.Conversation.RiskLevel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the highest risk level a message reaches on the lists. Matching is deliberately generous (a term anywhere,
 * any case, any spacing): a false alarm costs a supervisor a glance, a missed one can cost far more.
 */
public final class RiskTriage {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final Map<String, RiskLevel> terms;

    public RiskTriage(Map<String, RiskLevel> terms) {
        this.terms = terms.entrySet().stream().filter(e -> !normalise(e.getKey()).isEmpty())
                .collect(Collectors.toMap(e -> normalise(e.getKey()), Map.Entry::getValue, RiskLevel::atLeast));
    }

    public RiskLevel levelOf(String text) {
        String normalised = normalise(text);
        RiskLevel level = RiskLevel.NONE;
        for (Map.Entry<String, RiskLevel> term : terms.entrySet()) {
            if (normalised.contains(term.getKey())) {
                level = level.atLeast(term.getValue());
            }
        }
        return level;
    }

    /** Lower case, one space between words, and emoji without their variation selectors (⚰ and ⚰️ alike). */
    static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\uFE0F", "").replace("\uFE0E", "");
        return SPACES.matcher(composed.toLowerCase(SWEDISH)).replaceAll(" ").strip();
    }
}
