package se.socialkontakt.systemtest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In production a service whose database password the environment does not give stops at start and says which
 * secret is missing; before, it fell back to the role's own name as the password.
 */
class MissingSecretIT {
    @Test
    void aServiceWithoutItsDatabasePasswordStopsAtStartAndSaysWhy() throws IOException, InterruptedException {
        Path log = Files.createTempFile("missing-secret", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", Suite.ROOT.resolve("chat-service/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("SK_"));
        // A port of its own: should it start after all, it must not take a running suite's.
        builder.environment().put("QUARKUS_HTTP_PORT", "18199");
        Process service = builder.start();
        try {
            assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("the service stops by itself").isTrue();
            assertThat(service.exitValue()).isNotZero();
            assertThat(Files.readString(log)).contains("Failed to load config value")
                    .contains("quarkus.datasource.password");
        } finally {
            service.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
