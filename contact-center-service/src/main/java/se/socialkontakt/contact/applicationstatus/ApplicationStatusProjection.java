package se.socialkontakt.contact.applicationstatus;

import io.cloudevents.CloudEvent;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.events.HousingApplicationStatusChanged;
import se.socialkontakt.events.HousingApplicationSubmitted;
import se.socialkontakt.events.HousingDecisionMade;
import se.socialkontakt.events.InvalidEventException;
import se.socialkontakt.support.unavailable.WaitsForDatabase;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Builds the contact center's view of housing applications from eservice-housing's events: each event once (by its
 * id), a status never overwritten by an older one, so redeliveries and reordering change nothing. The offset is
 * committed after the write, so nothing is lost either.
 */
@ApplicationScoped
public class ApplicationStatusProjection {
    private final EntityManager entityManager;
    private final Clock clock;

    ApplicationStatusProjection(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Incoming("housing-events")
    @Blocking
    @WaitsForDatabase
    @Transactional
    public void apply(String record) {
        CloudEvent event;
        try {
            event = EventEnvelope.read(record.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidEventException e) {
            Log.warnf("A housing event could not be read and is skipped: %s", e.getMessage());
            return;
        }
        int fresh = entityManager.createNativeQuery(
                        "INSERT INTO applied_event (id, applied_at) VALUES (?1, ?2) ON CONFLICT (id) DO NOTHING")
                .setParameter(1, event.getId()).setParameter(2, clock.instant()).executeUpdate();
        if (fresh == 0) {
            return;
        }
        switch (EventType.fromType(event.getType()).orElse(EventType.HOUSING_APPLICATION_STARTED)) {
            case HOUSING_APPLICATION_SUBMITTED -> submitted(EventEnvelope.data(event, HousingApplicationSubmitted.class));
            case HOUSING_APPLICATION_STATUS_CHANGED ->
                    statusChanged(EventEnvelope.data(event, HousingApplicationStatusChanged.class));
            case HOUSING_DECISION_MADE -> decided(EventEnvelope.data(event, HousingDecisionMade.class));
            default -> {
                // Drafts and other events say nothing a caller could be told.
            }
        }
    }

    /**
     * A reference names one application. Should another application come with a reference already held (a housing
     * database restored or reset behind topics that kept their events, as between test runs), the newer takes it: the
     * unique reference would otherwise refuse the event and stop the projection for good.
     */
    private void submitted(HousingApplicationSubmitted e) {
        entityManager.createNativeQuery("""
                UPDATE application_status SET reference = NULL WHERE reference = ?1 AND application_id <> ?2""")
                .setParameter(1, e.reference()).setParameter(2, e.applicationId()).executeUpdate();
        entityManager.createNativeQuery("""
                INSERT INTO application_status (application_id, reference, status, status_at, submitted_at)
                VALUES (?1, ?2, 'SUBMITTED', ?3, ?3)
                ON CONFLICT (application_id) DO UPDATE SET reference = EXCLUDED.reference,
                    submitted_at = EXCLUDED.submitted_at""")
                .setParameter(1, e.applicationId()).setParameter(2, e.reference()).setParameter(3, e.submittedAt())
                .executeUpdate();
    }

    private void statusChanged(HousingApplicationStatusChanged e) {
        entityManager.createNativeQuery("""
                INSERT INTO application_status (application_id, status, status_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (application_id) DO UPDATE SET status = EXCLUDED.status, status_at = EXCLUDED.status_at
                WHERE application_status.status_at <= EXCLUDED.status_at""")
                .setParameter(1, e.applicationId()).setParameter(2, e.status().name()).setParameter(3, e.changedAt())
                .executeUpdate();
    }

    private void decided(HousingDecisionMade e) {
        entityManager.createNativeQuery("""
                INSERT INTO application_status (application_id, status, status_at, decided_at, decision)
                VALUES (?1, 'DECIDED', ?2, ?2, ?3)
                ON CONFLICT (application_id) DO UPDATE SET decided_at = EXCLUDED.decided_at,
                    decision = EXCLUDED.decision""")
                .setParameter(1, e.applicationId()).setParameter(2, e.decidedAt()).setParameter(3, e.outcome().name())
                .executeUpdate();
    }
}
