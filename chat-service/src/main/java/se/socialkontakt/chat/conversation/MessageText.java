package se.socialkontakt.chat.conversation;

import java.util.Optional;

/**
 * What a chat message may contain. Control characters other than line breaks and tabs are dropped (they have no
 * place in a chat and would only grow the stored and relayed text); the length is counted in characters as a
 * person sees them.
 */
public final class MessageText {
    private MessageText() {
    }

    public enum Problem {
        EMPTY("empty"), TOO_LONG("too-long");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    public static Optional<Problem> check(String cleaned, int maxLength) {
        if (cleaned.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }
}
