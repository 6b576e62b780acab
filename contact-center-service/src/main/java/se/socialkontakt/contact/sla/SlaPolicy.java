package se.socialkontakt.contact.sla;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.events.ContactCaseOpened.Channel;
import se.socialkontakt.support.calendar.WorkingTime;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * The contact center's promises, in Swedish working days: a first response and a resolution. A contact by phone,
 * visit or chat gets its first response as it is registered (the resident is talking to the agent); one by e-mail,
 * web form or social media waits for the first answer.
 */
@ApplicationScoped
public class SlaPolicy {
    private static final Set<Channel> ANSWERED_AT_ONCE = Set.of(Channel.PHONE, Channel.VISIT, Channel.CHAT);

    private final WorkingTime workingTime;
    private final ZoneId zone;
    private final int firstResponseDays;
    private final int resolutionDays;
    private final Duration nearBreach;

    SlaPolicy(WorkingTime workingTime, @ConfigProperty(name = "socialkontakt.contact.zone") ZoneId zone,
            @ConfigProperty(name = "socialkontakt.contact.sla.first-response-days") int firstResponseDays,
            @ConfigProperty(name = "socialkontakt.contact.sla.resolution-days") int resolutionDays,
            @ConfigProperty(name = "socialkontakt.contact.sla.near-breach") Duration nearBreach) {
        this.workingTime = workingTime;
        this.zone = zone;
        this.firstResponseDays = firstResponseDays;
        this.resolutionDays = resolutionDays;
        this.nearBreach = nearBreach;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Where a case stands against its promises now. */
    public SlaState stateOf(Instant firstResponseDue, Instant firstResponseAt, Instant resolutionDue,
            boolean open, Instant now) {
        boolean awaitingAnswer = firstResponseAt == null;
        if (open && (now.isAfter(resolutionDue) || awaitingAnswer && now.isAfter(firstResponseDue))) {
            return SlaState.BREACHED;
        }
        if (open && (isNearBreach(resolutionDue, now) || awaitingAnswer && isNearBreach(firstResponseDue, now))) {
            return SlaState.NEAR_BREACH;
        }
        return SlaState.ON_TRACK;
    }

    public enum SlaState {
        ON_TRACK, NEAR_BREACH, BREACHED
    }

    public boolean answeredAtOnce(Channel channel) {
        return ANSWERED_AT_ONCE.contains(channel);
    }

    public Instant firstResponseDue(Instant opened) {
        return workingTime.deadline(opened, firstResponseDays, zone);
    }

    public Instant resolutionDue(Instant opened) {
        return workingTime.deadline(opened, resolutionDays, zone);
    }

    /** Working minutes between two moments, as the events report them. */
    public long workingMinutes(Instant from, Instant to) {
        return workingTime.between(from, to, zone).toMinutes();
    }

    /** Less working time left than the warning margin, but not yet late. */
    public boolean isNearBreach(Instant due, Instant now) {
        return now.isBefore(due) && workingTime.between(now, due, zone).compareTo(nearBreach) < 0;
    }
}
