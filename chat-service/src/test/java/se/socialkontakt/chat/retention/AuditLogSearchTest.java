package se.socialkontakt.chat.retention;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.AuditLogSearch;

import java.util.List;

/** Supervisors and data protection search the chat's audit log; counsellors and others may not (issue #14). */
@QuarkusTest
class AuditLogSearchTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlySupervisorsAndDataProtectionSearchTheAuditLog() throws Exception {
        AuditLogSearch.assertSearchableByReadersOnly(dataSource,
                List.of("supervisor", "data-protection"),
                List.of("counsellor", "unit-manager", "admin"));
    }
}
