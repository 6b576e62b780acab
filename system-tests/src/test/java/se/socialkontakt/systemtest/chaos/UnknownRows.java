package se.socialkontakt.systemtest.chaos;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rows the load created that the ledger does not know: a create retried after a lost answer that the service stored
 * twice (what the Idempotency-Key is for). Only the harness creates anything during the run.
 */
final class UnknownRows {
    private record CreatedRows(String database, String table, String createdAt) {
    }

    private static final List<CreatedRows> CREATED = List.of(
            new CreatedRows(Databases.CHAT, "conversation", "requested_at"),
            new CreatedRows(Databases.HOUSING, "application", "started_at"),
            new CreatedRows(Databases.CONTACT_CENTER, "contact_case", "opened_at"),
            new CreatedRows(Databases.CONTACT_CENTER, "feedback", "received_at"));

    private UnknownRows() {
    }

    /** One line per table with more unknown rows than creates whose answer never came; adds their number up. */
    static int find(Ledger ledger, Instant since, List<String> problems) throws SQLException {
        int unknown = 0;
        for (CreatedRows rows : CREATED) {
            Set<UUID> known = ledger.states().stream().filter(state -> state.table().equals(rows.table()))
                    .map(Ledger.StoredState::id).collect(Collectors.toSet());
            List<UUID> stranger = new ArrayList<>();
            for (UUID id : createdSince(rows, since)) {
                if (!known.contains(id)) {
                    stranger.add(id);
                }
            }
            int beyond = stranger.size() - ledger.unnamedRowsIn(rows.table());
            if (beyond > 0) {
                unknown += beyond;
                problems.add(rows.table() + ": " + stranger.size() + " rows created during the load are unknown to "
                        + "the ledger, " + ledger.unnamedRowsIn(rows.table()) + " creates got no answer: a retried "
                        + "create stored twice? " + stranger);
            }
        }
        return unknown;
    }

    private static List<UUID> createdSince(CreatedRows rows, Instant since) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = Databases.open(rows.database());
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id FROM " + rows.table() + " WHERE " + rows.createdAt() + " >= ?")) {
            select.setTimestamp(1, Timestamp.from(since));
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    ids.add(found.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }
}
