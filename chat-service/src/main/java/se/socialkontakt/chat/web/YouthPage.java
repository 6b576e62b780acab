package se.socialkontakt.chat.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
 * unless {@code ?lang=en}. Rendered on the server so it works without JavaScript; the chat itself is a script on top
 * of it (META-INF/resources/chat/youth.js) that keeps nothing beyond the browser tab's session storage.
 */
@Path("/")
@PermitAll
public class YouthPage {
    private final HoursService hours;
    private final Languages languages;
    private final String onCallNumber;
    private final String contactCenterUrl;
    private final String quickExitUrl;
    private final int maxLength;

    YouthPage(HoursService hours, Languages languages,
            @ConfigProperty(name = "socialkontakt.chat.emergency.on-call-number") String onCallNumber,
            @ConfigProperty(name = "socialkontakt.contact-center.url") String contactCenterUrl,
            // A page on this server by default: quick exit must work on a closed network and reveal nothing.
            @ConfigProperty(name = "socialkontakt.chat.quick-exit-url", defaultValue = "/neutral.html")
            String quickExitUrl,
            @ConfigProperty(name = "socialkontakt.chat.message.max-length") int maxLength) {
        this.hours = hours;
        this.languages = languages;
        this.onCallNumber = onCallNumber;
        this.contactCenterUrl = contactCenterUrl;
        this.quickExitUrl = quickExitUrl;
        this.maxLength = maxLength;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance youth(YouthView view);
    }

    /** What the template shows, already formatted for the reader's language. */
    public record YouthView(String lang, String state, String closesAt, String nextOpening, String holiday,
            String exceptionReason, List<DayRow> weekly, String onCallNumber, String contactCenterUrl,
            String quickExitUrl, int maxLength, Choices choices) {
    }

    public record DayRow(String day, String hours) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance youthPage(@QueryParam("lang") String lang) {
        Languages.Language language = languages.of(lang);
        Locale locale = language.locale();
        ChatMessages messages = language.messages();
        ZoneId zone = hours.zone();
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(messages.dateTimePattern(), locale).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(messages.timePattern(), locale).withZone(zone);

        Availability availability = hours.availabilityNow();
        YouthView view = new YouthView(language.code(), availability.state().name(),
                availability.closesAt().map(time::format).orElse(null),
                availability.nextOpening().map(dateTime::format).orElse(null),
                availability.holiday().map(h -> "en".equals(language.code()) ? h.en() : h.sv()).orElse(null),
                availability.exceptionReason().orElse(null),
                weekly(hours.weekly(), locale, messages), onCallNumber, contactCenterUrl, quickExitUrl, maxLength,
                Choices.in(messages));
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
