package se.socialkontakt.analytics.aggregate;

import se.socialkontakt.events.ContactCaseOpened;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Turns stored events, taken in the order they were stored, into changes of the aggregate cells. The ingest applies
 * each batch this way to the serving generation and a rebuild applies the whole archive this way to a new one, so
 * both arrive at the same cells.
 * <p>
 * The one event that changes cells it is not about: a contact case's "opened" event gives the case its channel,
 * category and target group. A follow-up stored before its case's "opened" event (out of order, or its opened event
 * was late) is first counted with unknown dimensions; when the "opened" event is stored, those earlier follow-ups
 * are moved to the case's dimensions. Whatever the order of storage, every follow-up ends up where a join of the
 * stored events would put it.
 */
public final class Projector {
    /** The first "opened" event stored for a case: its place in the storage order and the case's dimensions. */
    public record OpenedCase(long seq, CaseDimensions dimensions) {
    }

    private Projector() {
    }

    /**
     * @param events the events to apply, in storage order
     * @param cases the first "opened" event of each case that any of the events belongs to, wherever it stands in the
     *        storage order (only those stored before an event count for it)
     * @param followUps for each case that one of the events opens, its follow-ups stored before its first "opened"
     *        event (those after it are counted with the case's dimensions when they are applied)
     */
    public static Deltas project(List<StoredEvent> events, Map<String, OpenedCase> cases,
            Map<String, List<StoredEvent>> followUps, ZoneId zone) {
        Deltas deltas = new Deltas();
        for (StoredEvent event : events) {
            CaseDimensions dimensions = Projection.isCaseFollowUp(event.data())
                    ? dimensionsAt(cases.get(event.subject()), event.seq()) : CaseDimensions.UNKNOWN;
            Projection.project(event.type(), event.data(), day(event, zone), dimensions, 1, deltas);
            OpenedCase opened = cases.get(event.subject());
            if (event.data() instanceof ContactCaseOpened && opened != null && opened.seq() == event.seq()) {
                for (StoredEvent followUp : followUps.getOrDefault(event.subject(), List.of())) {
                    if (followUp.seq() < event.seq()) {
                        LocalDate day = day(followUp, zone);
                        Projection.project(followUp.type(), followUp.data(), day, CaseDimensions.UNKNOWN, -1, deltas);
                        Projection.project(followUp.type(), followUp.data(), day, opened.dimensions(), 1, deltas);
                    }
                }
            }
        }
        return deltas;
    }

    private static CaseDimensions dimensionsAt(OpenedCase opened, long seq) {
        return opened != null && opened.seq() < seq ? opened.dimensions() : CaseDimensions.UNKNOWN;
    }

    public static LocalDate day(StoredEvent event, ZoneId zone) {
        return LocalDate.ofInstant(event.occurredAt(), zone);
    }
}
