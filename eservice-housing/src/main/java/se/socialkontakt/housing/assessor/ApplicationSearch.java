package se.socialkontakt.housing.assessor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.housing.application.Application;
import se.socialkontakt.support.identity.PersonalIdentityNumber;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Finds submitted applications by what a caller or a letter gives the assessor: a reference number, a personal
 * identity number (of the applicant or the person applied for) or a name in the answers. Drafts are the residents'
 * own and are never found.
 */
@ApplicationScoped
public class ApplicationSearch {
    private static final Pattern REFERENCE = Pattern.compile("SB-\\d{4}-\\d{6}", Pattern.CASE_INSENSITIVE);
    private static final int MAX_FOUND = 50;

    /** What the words were taken for; the audit entry says so. */
    public enum Kind {
        REFERENCE, IDENTITY_NUMBER, NAME
    }

    public record Found(Kind kind, String term, List<Application> applications) {
    }

    private final EntityManager entityManager;

    ApplicationSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Found search(String words) {
        String term = words.strip();
        if (REFERENCE.matcher(term).matches()) {
            String reference = term.toUpperCase(Locale.ROOT);
            return new Found(Kind.REFERENCE, reference, Application.list(
                    "reference = ?1 and status <> ?2", reference, HousingApplicationStatus.DRAFT));
        }
        Optional<String> number = PersonalIdentityNumber.canonical(term);
        if (number.isPresent()) {
            return new Found(Kind.IDENTITY_NUMBER, number.get(), Application.list("""
                    (ownerIdentityNumber = ?1 or subjectIdentityNumber = ?1) and status <> ?2
                    order by submittedAt desc""", number.get(), HousingApplicationStatus.DRAFT));
        }
        return new Found(Kind.NAME, term, byName(term));
    }

    @SuppressWarnings("unchecked")
    private List<Application> byName(String name) {
        String like = "%" + name.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        List<UUID> ids = entityManager.createNativeQuery("""
                SELECT id FROM application WHERE status <> 'DRAFT'
                  AND (lower(answers -> 'who' ->> 'name') LIKE ?1 OR lower(answers -> 'applicant' ->> 'name') LIKE ?1)
                ORDER BY submitted_at DESC LIMIT ?2""", UUID.class)
                .setParameter(1, like).setParameter(2, MAX_FOUND).getResultList();
        return ids.isEmpty() ? List.of() : Application.list("id in ?1 order by submittedAt desc", ids);
    }
}
