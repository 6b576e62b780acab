package se.socialkontakt.housing.casesystem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.housing.application.Application;
import se.socialkontakt.housing.application.ApplicationFixture;
import se.socialkontakt.testsupport.CaseSystemIntake;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An application (personal identity number, health needs) reaches the case system only with the export's own
 * client-credentials token (issue #14): the intake refuses a delivery without a token, with a resident's token of the
 * same realm and with a forged one, and stores none of them; the export's deliveries are taken.
 */
@QuarkusTest
@WithTestResource(value = CaseSystemStandIn.class, scope = TestResourceScope.GLOBAL)
class CaseSystemAuthenticationTest {
    private static final String DOCUMENT = "{\"subjectIdentityNumber\":\"191212121212\"}";

    @Inject
    OidcClients oidcClients;

    @Inject
    CaseSystemExport export;

    @Test
    void aDeliveryWithoutATokenIsRefused() {
        assertRefused(given());
    }

    @Test
    void aResidentsTokenIsNotTheExports() {
        assertRefused(given().auth().oauth2(KeycloakTokens.accessTokenOf("resident")));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws JoseException {
        String exportToken = exportToken();
        RsaJsonWebKey otherKey = RsaJwkGenerator.generateJwk(2048);
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(KeycloakTokens.REALM_URL);
        claims.setAudience(CaseSystemIntake.AUDIENCE);
        claims.setSubject("eservice-housing-export");
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature forged = new JsonWebSignature();
        forged.setPayload(claims.toJson());
        forged.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        // The realm's key id, so that the intake looks up the realm's key and the signature is what fails.
        forged.setKeyIdHeaderValue(JsonWebStructure.fromCompactSerialization(exportToken).getKeyIdHeaderValue());
        forged.setKey(otherKey.getPrivateKey());

        assertRefused(given().auth().oauth2(forged.getCompactSerialization()));
    }

    @Test
    void theExportsTokenIsTaken() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(exportToken()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(DOCUMENT).post(CaseSystemStandIn.url() + "/applications")
                .then().statusCode(200);
        assertThat(CaseSystemStandIn.casesFor(key)).isEqualTo(1);

        UUID id = UUID.fromString(ApplicationFixture.submitted(KeycloakTokens.accessTokenOf("resident")));
        // Other tests' submissions may be due before this one.
        await().untilAsserted(() -> {
            export.exportDue();
            assertThat(QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).status))
                    .isEqualTo(HousingApplicationStatus.REGISTERED);
        });
    }

    private String exportToken() {
        return oidcClients.getClient("case-system").getTokens().await().indefinitely().getAccessToken();
    }

    private static void assertRefused(RequestSpecification delivery) {
        String key = UUID.randomUUID().toString();
        delivery.header("Idempotency-Key", key).contentType(ContentType.JSON).body(DOCUMENT)
                .post(CaseSystemStandIn.url() + "/applications")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
        assertThat(CaseSystemStandIn.casesFor(key)).as("stored without the export's token").isZero();
    }
}
