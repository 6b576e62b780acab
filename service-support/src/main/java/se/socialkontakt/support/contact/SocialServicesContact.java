package se.socialkontakt.support.contact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How residents reach the social services by telephone, the same on every page of every service: one place in the
 * configuration ({@code socialkontakt.municipality.*}, set by the municipality), read by each service's pages. The
 * defaults are the demo's: a number from the range the Swedish telecom regulator PTS keeps for fiction.
 */
@ConfigMapping(prefix = "socialkontakt.municipality")
public interface SocialServicesContact {
    /** The number as residents dial it, e.g. "08-465 004 50". */
    @WithDefault("08-465 004 50")
    String phone();

    /** Telephone hours on weekdays. */
    @WithDefault("08:00")
    LocalTime opens();

    @WithDefault("16:30")
    LocalTime closes();

    /** The number for running text: a phone number must not break over two lines. */
    default String phoneInText() {
        return phone().replace(' ', '\u00a0');
    }

    /** The number for a {@code tel:} link. */
    default String phoneLink() {
        return phone().replaceAll("[^+0-9]", "");
    }

    /** The weekday hours in the reader's language: "8.00–16.30" in Swedish, "8:00–16:30" in English. */
    default String hours(Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("sv".equals(locale.getLanguage()) ? "H.mm" : "H:mm");
        return format.format(opens()) + "\u2013" + format.format(closes());
    }
}
