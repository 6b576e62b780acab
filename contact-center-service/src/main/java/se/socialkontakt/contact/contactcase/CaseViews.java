package se.socialkontakt.contact.contactcase;

import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.contact.delivery.ReplyRoute;
import se.socialkontakt.contact.sla.SlaPolicy;
import se.socialkontakt.contact.sla.SlaPolicy.SlaState;
import se.socialkontakt.events.ContactCaseOpened.Channel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How cases are shown to staff: a line in a list, or the whole case with its answers and notes. */
@ApplicationScoped
public class CaseViews {
    /** A line in a list: no personal identity number, the summary cut short. */
    public record CaseLine(UUID id, String reference, Channel channel, String category, String targetGroup,
            String summary, ContactCase.Status status, String unit, Instant openedAt, Instant resolutionDue,
            SlaState sla, boolean escalated, boolean identified) {
    }

    /** An answer or note; an answer's {@code deliveredAt} is when it reached the resident (null while it waits). */
    public record Entry(CaseEntry.Kind kind, String author, String text, Instant writtenAt, Instant deliveredAt) {
    }

    public record CaseDetail(UUID id, String reference, Channel channel, String category, String targetGroup,
            String summary, ContactCase.Status status, String unit, String personNumber, String contactDetails,
            ReplyRoute replyRoute, String openedBy, Instant openedAt, Instant firstResponseAt, Instant firstResponseDue,
            Instant resolutionDue, Instant resolvedAt, Boolean resolvedAtFirstContact, SlaState sla,
            boolean escalated, UUID mergedInto, List<Entry> entries) {
    }

    private static final int SUMMARY_IN_LIST = 120;

    private final SlaPolicy sla;
    private final Clock clock;

    CaseViews(SlaPolicy sla, Clock clock) {
        this.sla = sla;
        this.clock = clock;
    }

    public CaseLine line(ContactCase c) {
        String summary = c.summary.length() <= SUMMARY_IN_LIST ? c.summary
                : c.summary.substring(0, SUMMARY_IN_LIST - 1) + "…";
        return new CaseLine(c.id, c.reference, c.channel, c.category, c.targetGroup, summary, c.status, c.unit,
                c.openedAt, c.resolutionDue, slaOf(c), c.escalatedAt != null, c.personNumber != null);
    }

    public CaseDetail detail(ContactCase c) {
        List<Entry> entries = CaseEntry.of(c.id).stream()
                .map(e -> new Entry(e.kind, e.author, e.body, e.writtenAt, e.deliveredAt)).toList();
        return new CaseDetail(c.id, c.reference, c.channel, c.category, c.targetGroup, c.summary, c.status, c.unit,
                c.personNumber, c.contactDetails, c.replyRoute(), c.openedBy, c.openedAt, c.firstResponseAt, c.firstResponseDue,
                c.resolutionDue, c.resolvedAt, c.resolvedAtFirstContact, slaOf(c), c.escalatedAt != null,
                c.mergedInto, entries);
    }

    private SlaState slaOf(ContactCase c) {
        return sla.stateOf(c.firstResponseDue, c.firstResponseAt, c.resolutionDue, c.isOpen(), clock.instant());
    }
}
