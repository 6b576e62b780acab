package se.socialkontakt.analytics.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.AuditLogSearch;

import java.util.List;

/**
 * Data protection searches analytics' audit log (rebuilds, goal and plan changes); the roles that cause those entries
 * may not (issue #14).
 */
@QuarkusTest
class AuditLogSearchTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyDataProtectionSearchesTheAuditLog() throws Exception {
        AuditLogSearch.assertSearchableByReadersOnly(dataSource,
                List.of("data-protection"),
                List.of("manager", "admin", "communicator"));
    }
}
