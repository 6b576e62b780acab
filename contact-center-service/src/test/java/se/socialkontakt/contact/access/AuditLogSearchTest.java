package se.socialkontakt.contact.access;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.AuditLogSearch;

import java.util.List;

/** Data protection and the unit's manager search the contact center's audit log; agents and others may not (issue #14). */
@QuarkusTest
class AuditLogSearchTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyDataProtectionAndTheUnitManagerSearchTheAuditLog() throws Exception {
        AuditLogSearch.assertSearchableByReadersOnly(dataSource,
                List.of("data-protection", "unit-manager"),
                List.of("agent", "handler", "manager"));
    }
}
