package se.socialkontakt.analytics.plan;

import jakarta.enterprise.context.ApplicationScoped;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import se.socialkontakt.analytics.web.PlanMessages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The annual plan as iCalendar (RFC 5545), written by ical4j: each activity an all-day event over its days, a
 * cancelled one marked CANCELLED so that subscribed calendars strike it rather than keep it. In Swedish, the
 * administration's language.
 */
@ApplicationScoped
public class PlanCalendar {
    private final PlanMessages texts;

    PlanCalendar(PlanMessages texts) {
        this.texts = texts;
    }

    public String write(List<Plans.Planned> activities) {
        Calendar calendar = new Calendar().withProdId("-//Socialkontakt//Kommunikationsplan//SV").withDefaults()
                .withProperty(new Name(texts.feedName())).withProperty(new XProperty("X-WR-CALNAME", texts.feedName()))
                .getFluentTarget();
        for (Plans.Planned planned : activities) {
            VEvent event = new VEvent(planned.startsOn(),
                    (planned.endsOn() == null ? planned.startsOn() : planned.endsOn()).plusDays(1), planned.activity());
            event.add(new Uid(planned.id() + "@socialkontakt"));
            event.add(new Description(texts.feedDescription(planned.goalName(), planned.targetGroup(),
                    planned.responsible(), texts.status(planned.status().name()))));
            event.add(switch (planned.status()) {
                case PLANNED -> ImmutableStatus.VEVENT_TENTATIVE;
                case DONE -> ImmutableStatus.VEVENT_CONFIRMED;
                case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            });
            event.add(new LastModified(planned.updatedAt()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
