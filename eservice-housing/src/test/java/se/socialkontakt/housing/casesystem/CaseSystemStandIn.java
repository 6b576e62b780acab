package se.socialkontakt.housing.casesystem;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.socialkontakt.testsupport.CaseSystemIntake;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The case system, which is outside the suite, for the tests: the shared stand-in's intake on a free local port that
 * can be down, or store a delivery and then lose its answer, as real integrations do. It takes only tokens of the
 * running Keycloak's realm meant for the case system.
 */
public class CaseSystemStandIn implements QuarkusTestResourceLifecycleManager {
    private static volatile CaseSystemIntake intake;

    public static void mode(CaseSystemIntake.Mode mode) {
        intake.mode(mode);
    }

    /** How many applications the case system holds for the key (a duplicate would be a second case). */
    public static int casesFor(String idempotencyKey) {
        return intake.casesFor(idempotencyKey);
    }

    public static String documentFor(String idempotencyKey) {
        return intake.documentFor(idempotencyKey);
    }

    /** The intake's base URL, as eservice-housing is configured with it. */
    public static String url() {
        return intake.url();
    }

    @Override
    public Map<String, String> start() {
        try {
            intake = new CaseSystemIntake(0, KeycloakTokens.REALM_URL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        intake.start();
        return Map.of("quarkus.rest-client.case-system.url", intake.url(),
                // The tests drive the export themselves.
                "socialkontakt.case-system.export-every", "off");
    }

    @Override
    public void stop() {
        if (intake != null) {
            intake.stop();
        }
    }
}
