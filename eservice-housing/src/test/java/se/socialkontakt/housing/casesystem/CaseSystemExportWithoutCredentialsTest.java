package se.socialkontakt.housing.casesystem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import se.socialkontakt.housing.application.ApplicationFixture;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export whose client secret Keycloak refuses gets no token and delivers nothing: the application stays queued
 * for the next attempt, as after any failed delivery, and the case system holds nothing.
 */
@QuarkusTest
@TestProfile(CaseSystemExportWithoutCredentialsTest.WrongSecret.class)
@WithTestResource(value = CaseSystemStandIn.class, scope = TestResourceScope.GLOBAL)
class CaseSystemExportWithoutCredentialsTest {
    public static class WrongSecret implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc-client.case-system.credentials.secret", "not-the-export-secret");
        }
    }

    @Inject
    CaseSystemExport export;

    @Inject
    EntityManager entityManager;

    @Test
    void nothingIsDeliveredAndTheApplicationWaitsForTheNextAttempt() {
        UUID id = UUID.fromString(ApplicationFixture.submitted(KeycloakTokens.accessTokenOf("resident")));

        export.exportDue();

        Object[] queued = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                SELECT delivered_at IS NULL, attempts, next_attempt_at > now(), idempotency_key
                FROM case_system_export WHERE application_id = ?1""").setParameter(1, id).getSingleResult());
        assertThat(queued[0]).as("not delivered").isEqualTo(true);
        assertThat(((Number) queued[1]).intValue()).isEqualTo(1);
        assertThat(queued[2]).as("the next attempt is scheduled").isEqualTo(true);
        assertThat(CaseSystemStandIn.casesFor(queued[3].toString())).isZero();
    }
}
