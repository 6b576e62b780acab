package se.socialkontakt.contact.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.documents.CsvTable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The committee's quarterly summary of feedback per unit and kind: how much came in, and how much was acknowledged
 * and answered within the promise. Counts only, no content; CSV with a header row (Excel opens it).
 */
@ApplicationScoped
public class QuarterlySummary {
    private static final List<String> HEADER = List.of("unit", "kind", "received", "acknowledged_in_time",
            "acknowledged_in_time_percent", "answered_in_time", "answered_in_time_percent", "not_yet_answered");

    private final EntityManager entityManager;
    private final ZoneId zone;

    QuarterlySummary(EntityManager entityManager, @ConfigProperty(name = "socialkontakt.contact.zone") ZoneId zone) {
        this.entityManager = entityManager;
        this.zone = zone;
    }

    @SuppressWarnings("unchecked")
    public String csv(int year, int quarter) {
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant until = first.plusMonths(3).atStartOfDay(zone).toInstant();
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT unit_code, kind, count(*),
                       count(*) FILTER (WHERE acknowledged_at <= acknowledge_due),
                       count(*) FILTER (WHERE answered_at <= answer_due),
                       count(*) FILTER (WHERE answered_at IS NULL)
                FROM feedback WHERE received_at >= ?1 AND received_at < ?2
                GROUP BY unit_code, kind ORDER BY unit_code, kind""")
                .setParameter(1, from).setParameter(2, until).getResultList();
        return CsvTable.write(HEADER, rows.stream().map(row -> {
            long received = ((Number) row[2]).longValue();
            long acknowledged = ((Number) row[3]).longValue();
            long answered = ((Number) row[4]).longValue();
            return List.of(row[0], row[1], received, acknowledged, percent(acknowledged, received), answered,
                    percent(answered, received), ((Number) row[5]).longValue());
        }).toList());
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }
}
