package se.socialkontakt.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fast timestamp parsing reads every text as java.time does: the same value, or a refusal. The texts are near
 * the canonical form and around its edges (fields out of range, leap seconds, long fractions, odd offsets and
 * separators, trailing text), where two parsers are most likely to disagree.
 */
class EventTimesPropertiesTest {
    /** Jackson's own reading of instants, as before EventTimes. */
    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Property(tries = 3000)
    void theCloudEventTimeIsReadAsJavaTimeReadsIt(@ForAll("timestamps") String text) {
        OffsetDateTime expected;
        try {
            expected = OffsetDateTime.parse(text);
        } catch (DateTimeException refused) {
            assertThatThrownBy(() -> EventTimes.offsetDateTime(text)).isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(EventTimes.offsetDateTime(text)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void aPayloadInstantIsReadAsJacksonReadsIt(@ForAll("timestamps") String text) throws Exception {
        String json = JACKSON.writeValueAsString(text);
        Instant expected;
        try {
            expected = JACKSON.readValue(json, Instant.class);
        } catch (Exception refused) {
            assertThatThrownBy(() -> EventJson.MAPPER.readValue(json, Instant.class))
                    .isInstanceOf(refused.getClass());
            return;
        }
        assertThat(EventJson.MAPPER.readValue(json, Instant.class)).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void everyInstantWrittenIsReadBack(@ForAll @LongRange(min = -62_000_000_000L, max = 250_000_000_000L) long second,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nano) throws Exception {
        Instant instant = Instant.ofEpochSecond(second, nano);
        assertThat(EventJson.MAPPER.readValue(EventJson.MAPPER.writeValueAsString(instant), Instant.class))
                .isEqualTo(instant);
        assertThat(EventTimes.offsetDateTime(instant.toString()).toInstant()).isEqualTo(instant);
    }

    @Provide
    Arbitrary<String> timestamps() {
        Arbitrary<String> date = Combinators.combine(digits(4, 0, 9999), digits(2, 0, 13), digits(2, 0, 32))
                .as((y, m, d) -> y + "-" + m + "-" + d);
        Arbitrary<String> time = Combinators.combine(digits(2, 0, 25), digits(2, 0, 61), digits(2, 0, 61))
                .as((h, m, s) -> h + ":" + m + ":" + s);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(11).map(f -> "." + f));
        Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.of("Z", "z", "+00:00", "-00:00", "", "+0100", "+01"),
                Combinators.combine(Arbitraries.of("+", "-"), digits(2, 0, 19), digits(2, 0, 60))
                        .as((sign, h, m) -> sign + h + ":" + m));
        Arbitrary<String> separator = Arbitraries.of("T", "T", "T", "T", "t", " ");
        Arbitrary<String> trailing = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just(""),
                Arbitraries.of(" ", "x", "[Europe/Stockholm]", "0"));
        return Combinators.combine(date, separator, time, fraction, offset, trailing)
                .as((d, t, h, f, o, x) -> d + t + h + f + o + x);
    }

    private static Arbitrary<String> digits(int width, int min, int max) {
        return Arbitraries.integers().between(min, max).map(n -> String.format("%0" + width + "d", n));
    }
}
