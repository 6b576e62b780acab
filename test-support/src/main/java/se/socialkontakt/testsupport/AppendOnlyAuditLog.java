package se.socialkontakt.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tries, as the service's own database role, to change and remove audit entries: each attempt must be refused. */
public final class AppendOnlyAuditLog {
    private AppendOnlyAuditLog() {
    }

    public static void assertAppendOnly(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate("""
                    INSERT INTO audit_entry (id, at, actor, action, subject, detail)
                    VALUES (gen_random_uuid(), now(), 'append-only-test', 'READ', 'append-only-test', 'kept')""");
            for (String change : List.of("UPDATE audit_entry SET detail = 'changed' WHERE actor = 'append-only-test'",
                    "DELETE FROM audit_entry WHERE actor = 'append-only-test'", "TRUNCATE audit_entry")) {
                assertThatThrownBy(() -> statement.executeUpdate(change)).as(change).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
            try (var rows = statement.executeQuery(
                    "SELECT count(*) FROM audit_entry WHERE actor = 'append-only-test' AND detail = 'kept'")) {
                rows.next();
                assertThat(rows.getLong(1)).as("the entries written by the test, unchanged").isPositive();
            }
        }
    }
}
