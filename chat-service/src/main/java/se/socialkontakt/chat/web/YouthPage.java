package se.socialkontakt.chat.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.chat.hours.Availability;
import se.socialkontakt.chat.hours.DailyHours;
import se.socialkontakt.chat.hours.HoursService;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The young person's page: whether the chat is open and, if not, when it opens and where to turn meanwhile. Swedish
 * unless {@code ?lang=en}. Rendered on the server so it works without JavaScript and leaves nothing in the browser.
 */
@Path("/")
@PermitAll
public class YouthPage {
    private final HoursService hours;
    private final ChatMessages swedish;
    private final ChatMessages english;
    private final String onCallNumber;
    private final String contactCenterUrl;

    YouthPage(HoursService hours, ChatMessages swedish, @Localized("en") ChatMessages english,
            @ConfigProperty(name = "socialkontakt.chat.emergency.on-call-number") String onCallNumber,
            @ConfigProperty(name = "socialkontakt.contact-center.url") String contactCenterUrl) {
        this.hours = hours;
        this.swedish = swedish;
        this.english = english;
        this.onCallNumber = onCallNumber;
        this.contactCenterUrl = contactCenterUrl;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance youth(YouthView view);
    }

    /** What the template shows, already formatted for the reader's language. */
    public record YouthView(String lang, String state, String closesAt, String nextOpening, String holiday,
            String exceptionReason, List<DayRow> weekly, String onCallNumber, String contactCenterUrl) {
    }

    public record DayRow(String day, String hours) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("lang") String lang) {
        boolean inEnglish = "en".equals(lang);
        Locale locale = inEnglish ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        ChatMessages messages = inEnglish ? english : swedish;
        ZoneId zone = hours.zone();
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(messages.dateTimePattern(), locale).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(messages.timePattern(), locale).withZone(zone);

        Availability availability = hours.availabilityNow();
        YouthView view = new YouthView(locale.getLanguage(), availability.state().name(),
                availability.closesAt().map(time::format).orElse(null),
                availability.nextOpening().map(dateTime::format).orElse(null),
                availability.holiday().map(h -> inEnglish ? h.en() : h.sv()).orElse(null),
                availability.exceptionReason().orElse(null),
                weekly(hours.weekly(), locale, messages), onCallNumber, contactCenterUrl);
        return Templates.youth(view).setAttribute("locale", locale);
    }

    private static List<DayRow> weekly(Map<DayOfWeek, DailyHours> weekly, Locale locale, ChatMessages messages) {
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm", locale);
        return Arrays.stream(DayOfWeek.values()).map(day -> {
            String name = day.getDisplayName(TextStyle.FULL, locale);
            DailyHours open = weekly.get(day);
            return new DayRow(Character.toUpperCase(name.charAt(0)) + name.substring(1),
                    open == null ? messages.closed() : clock.format(open.opens()) + "–" + clock.format(open.closes()));
        }).toList();
    }

}
