package se.socialkontakt.systemtest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In production a service whose database or Kafka password, or another secret it needs, the environment does not give
 * stops at start and says which secret is missing; before, it fell back to a development default or failed later.
 */
class MissingSecretIT {
    @Test
    void aServiceWithoutItsDatabasePasswordStopsAtStartAndSaysWhy() throws IOException, InterruptedException {
        // Its Kafka password given, so that only the database's secret is missing.
        assertStopsSaying("chat-service", Map.of("SK_KAFKA_PASSWORD", "chat-service"), "quarkus.datasource.password");
    }

    @Test
    void aServiceWithoutItsKafkaPasswordStopsAtStartAndSaysWhy() throws IOException, InterruptedException {
        // Its database there and reachable, so that only the broker's secret is missing.
        assertStopsSaying("chat-service", Map.of("SK_DATABASE_PASSWORD", "sk_chat",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/sk_chat_test"), "SK_KAFKA_PASSWORD");
    }

    @Test
    void theHousingServiceWithoutItsCaseSystemSecretStopsAtStartAndSaysWhy() throws IOException, InterruptedException {
        // Database and broker given: only the secret of the case-system export's client is missing. Without the check
        // at start the service ran and failed each delivery, leaving every application queued unnoticed.
        // Its schema is not this test's business: whatever the test database holds, no migration runs.
        assertStopsSaying("eservice-housing", Map.of("SK_DATABASE_PASSWORD", "sk_housing",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/sk_housing_test",
                "QUARKUS_FLYWAY_MIGRATE_AT_START", "false", "SK_KAFKA_PASSWORD", "eservice-housing"),
                "quarkus.oidc-client.case-system.credentials.secret");
    }

    private static void assertStopsSaying(String module, Map<String, String> environment, String missing)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("missing-secret", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", Suite.ROOT.resolve(module + "/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("SK_"));
        // Ports of its own: should it start after all, it must not take a running suite's.
        builder.environment().put("QUARKUS_HTTP_PORT", "18199");
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", "19199");
        builder.environment().putAll(environment);
        Process service = builder.start();
        try {
            assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("the service stops by itself").isTrue();
            assertThat(service.exitValue()).isNotZero();
            assertThat(Files.readString(log)).contains(missing);
        } finally {
            service.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
