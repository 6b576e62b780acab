package se.socialkontakt.support.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Searches the service's audit log, newest first, one page at a time. Each criterion that is given narrows the search;
 * days are the municipality's ({@code socialkontakt.audit.zone}), both ends included.
 */
@ApplicationScoped
public class AuditSearch {
    /** What to look for: null or blank means any. */
    public record Criteria(String actor, String subject, String action, LocalDate from, LocalDate to) {
        public Criteria {
            actor = blankToNull(actor);
            subject = blankToNull(subject);
            action = blankToNull(action) == null ? null : action.strip().toUpperCase(Locale.ROOT);
            if (from != null && to != null && from.isAfter(to)) {
                throw new InvertedPeriod();
            }
        }

        /** The criteria as the search's own audit entry tells them. */
        String describe() {
            StringJoiner given = new StringJoiner(" ").setEmptyValue("all");
            add(given, "actor", actor);
            add(given, "subject", subject);
            add(given, "action", action);
            add(given, "from", from);
            add(given, "to", to);
            return given.toString();
        }

        private static void add(StringJoiner given, String name, Object value) {
            if (value != null) {
                given.add(name + "=" + value);
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** A period whose first day comes after its last. */
    public static final class InvertedPeriod extends RuntimeException {
        InvertedPeriod() {
            super("The first day comes after the last");
        }
    }

    /** One page of entries, and whether older ones follow. */
    public record Found(List<AuditEntry> entries, boolean more) {
    }

    private final ZoneId zone;

    AuditSearch(AuditConfig config) {
        this.zone = config.zone();
    }

    public Found find(Criteria criteria, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        where(conditions, parameters, "actor = :actor", "actor", criteria.actor());
        where(conditions, parameters, "subject = :subject", "subject", criteria.subject());
        where(conditions, parameters, "action = :action", "action", criteria.action());
        where(conditions, parameters, "at >= :from", "from", startOf(criteria.from()));
        where(conditions, parameters, "at < :until", "until", startOf(criteria.to() == null ? null
                : criteria.to().plusDays(1)));
        Sort newestFirst = Sort.descending("at", "id");
        PanacheQuery<AuditEntry> query = conditions.isEmpty() ? AuditEntry.findAll(newestFirst)
                : AuditEntry.find(String.join(" and ", conditions), newestFirst, parameters);
        int first = page * size;
        // One more than asked for tells whether an older page exists, without counting the whole log.
        List<AuditEntry> rows = query.range(first, first + size).list();
        boolean more = rows.size() > size;
        return new Found(more ? rows.subList(0, size) : rows, more);
    }

    private static void where(List<String> conditions, Parameters parameters, String condition, String name,
            Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }
}
