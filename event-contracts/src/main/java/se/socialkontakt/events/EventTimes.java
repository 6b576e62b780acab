package se.socialkontakt.events;

import com.ethlo.time.ITU;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Timestamps of events (the CloudEvent's time, the payloads' instants) in the form every producer here writes them,
 * {@code 2026-12-05T12:00:00.123Z} or with an offset, parsed with ethlo's ITU instead of java.time's formatter: its
 * generic field resolution was a fifth of the analytics ingest's CPU at 5,000 events a second (JFR, #12). Any other
 * text, and any text ITU refuses, is left to java.time, so what is accepted and refused stays java.time's
 * ({@code EventTimesPropertiesTest} holds both to that).
 */
final class EventTimes {
    /** The payloads' {@link Instant}s: canonical texts read by ITU, anything else by Jackson's own deserializer. */
    static final SimpleModule INSTANTS = new SimpleModule("EventTimes").addDeserializer(Instant.class,
            new FastInstantDeserializer());

    private EventTimes() {
    }

    /** As {@link OffsetDateTime#parse(CharSequence)}: the CloudEvents SDK's reading of the time attribute. */
    static OffsetDateTime offsetDateTime(String text) {
        OffsetDateTime fast = fast(text);
        // Otherwise java.time decides, and says why in its own words.
        return fast != null ? fast : OffsetDateTime.parse(text);
    }

    /** ITU's reading of a canonical text; null when java.time must decide. */
    private static OffsetDateTime fast(String text) {
        if (!canonical(text)) {
            return null;
        }
        try {
            return ITU.parseDateTime(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of one to nine digits, then {@code Z} or {@code ±HH:mm}:
     * the grammar both parsers read the same way (whether the fields are in range, both check). Outside it they
     * differ: ITU also takes a space or a lower-case 't' before the time, and an offset without its colon.
     */
    private static boolean canonical(String text) {
        int length = text.length();
        if (length < 20 || !digitsAt(text, 0, 4) || text.charAt(4) != '-' || !digitsAt(text, 5, 2)
                || text.charAt(7) != '-' || !digitsAt(text, 8, 2) || text.charAt(10) != 'T' || !digitsAt(text, 11, 2)
                || text.charAt(13) != ':' || !digitsAt(text, 14, 2) || text.charAt(16) != ':'
                || !digitsAt(text, 17, 2)) {
            return false;
        }
        int end = 19;
        if (text.charAt(end) == '.') {
            int fraction = 0;
            while (end + 1 + fraction < length && isDigit(text.charAt(end + 1 + fraction))) {
                fraction++;
            }
            if (fraction < 1 || fraction > 9) {
                return false;
            }
            end += 1 + fraction;
        }
        if (end == length - 1) {
            return text.charAt(end) == 'Z';
        }
        return end == length - 6 && (text.charAt(end) == '+' || text.charAt(end) == '-')
                && digitsAt(text, end + 1, 2) && text.charAt(end + 3) == ':' && digitsAt(text, end + 4, 2);
    }

    private static boolean digitsAt(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final class FastInstantDeserializer extends StdScalarDeserializer<Instant> {
        FastInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                OffsetDateTime fast = fast(parser.getText().trim());
                if (fast != null) {
                    return fast.toInstant();
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }
}
