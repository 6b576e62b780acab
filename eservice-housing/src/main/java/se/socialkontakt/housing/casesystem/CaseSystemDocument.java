package se.socialkontakt.housing.casesystem;

import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.events.HousingApplicationStarted.Channel;
import se.socialkontakt.housing.application.ApplicationForm;

import java.time.Instant;
import java.util.UUID;

/** What the case system receives: the application as structured data, and as a PDF for its archive. */
public record CaseSystemDocument(UUID applicationId, String reference, Channel channel, Instant submittedAt,
        ApplicantRole applicantRole, String applicantIdentityNumber, String subjectIdentityNumber,
        ApplicationForm answers, String pdfBase64) {
}
