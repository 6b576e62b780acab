package se.socialkontakt.contact.access;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.AppendOnlyAuditLog;

/** The audit log is append-only for the service's own database role (issue #14). */
@QuarkusTest
class AuditLogAppendOnlyTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceCannotChangeOrRemoveAnAuditEntry() throws Exception {
        AppendOnlyAuditLog.assertAppendOnly(dataSource);
    }
}
