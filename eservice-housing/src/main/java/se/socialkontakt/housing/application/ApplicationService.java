package se.socialkontakt.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.socialkontakt.events.HousingApplicationStarted;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.outbox.Outbox;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApplicationService {
    private final Outbox outbox;
    private final Clock clock;

    ApplicationService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Starts a draft application through the e-service and announces it. */
    @Transactional
    public Application start(String submitterIdentityNumber, ApplicantRole applicantRole) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.status = Application.Status.DRAFT;
        application.applicantRole = applicantRole;
        application.submitterIdentityNumber = submitterIdentityNumber;
        application.startedAt = clock.instant();
        application.persist();
        outbox.publish(new HousingApplicationStarted(application.id, application.startedAt, applicantRole,
                HousingApplicationStarted.Channel.DIGITAL));
        return application;
    }

    /** The application, only if the given person started it: residents never see each other's applications. */
    public Optional<Application> findOwnedBy(UUID id, String submitterIdentityNumber) {
        return Application.<Application>findByIdOptional(id)
                .filter(a -> a.submitterIdentityNumber.equals(submitterIdentityNumber));
    }
}
