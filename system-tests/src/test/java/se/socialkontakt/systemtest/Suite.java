package se.socialkontakt.systemtest;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.socialkontakt.testsupport.ChatSocket;
import se.socialkontakt.testsupport.KafkaPrincipals;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The suite under test, started once per test run: a private Kafka broker (so tests may stop it without touching
 * the one a developer runs on 9092) and the four packaged services pointing at it, at their test databases and at
 * the real Keycloak. Stopped when the last test class is done.
 */
public final class Suite implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
    public static final Path ROOT = Path.of(System.getProperty("socialkontakt.root", "..")).toAbsolutePath().normalize();
    public static final int KAFKA_PORT = 19092;
    public static final String BOOTSTRAP = "localhost:" + KAFKA_PORT;

    public enum Service {
        CHAT("chat-service", "chat", 18081),
        HOUSING("eservice-housing", "housing", 18082),
        CONTACT_CENTER("contact-center-service", "contactcenter", 18083),
        ANALYTICS("analytics-service", "analytics", 18084),
        /** A second chat-service instance on the same database, started once the first has migrated it. */
        CHAT_SECOND("chat-service", "chat", 18091);

        final String module;
        final String databaseKey;
        final int port;

        Service(String module, String databaseKey, int port) {
            this.module = module;
            this.databaseKey = databaseKey;
            this.port = port;
        }

        public String url(String path) {
            return "http://localhost:" + port + path;
        }

        /** Health, metrics and OpenAPI: on the management port, the public port + 1000 as in the run command. */
        public String managementUrl(String path) {
            return "http://localhost:" + (port + 1000) + path;
        }

        public URI webSocket(String path) {
            return URI.create("ws://localhost:" + port + path);
        }

        boolean ownsItsDatabase() {
            return this != CHAT_SECOND;
        }
    }

    /** The suite broker's admin principal, with further client settings as key-value pairs. */
    public static Map<String, Object> kafkaAdmin(Object... settings) {
        return KafkaPrincipals.admin(BOOTSTRAP, settings);
    }

    private static final Map<String, String> BROKER_ENV = Map.of(
            "KAFKA_PORT", String.valueOf(KAFKA_PORT),
            "KAFKA_CONTROLLER_PORT", "19093",
            "KAFKA_NAME", "kafka-system-test",
            "KAFKA_DATA_DIR", ROOT.resolve(".run/kafka-system-test-data").toString());
    private static final Path LOG_DIR = ROOT.resolve("system-tests/target/suite-logs");

    private static boolean started;
    private static ChatSocket counsellorOnDuty;
    private static long counsellorSignedInAt;
    /** A minute short of the demo realm's access token lifespan (five minutes): a test that relies on it takes less. */
    private static final Duration SIGN_IN_AGAIN_AFTER = Duration.ofMinutes(4);
    private static final Map<Service, Process> services = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (Suite.class) {
            if (started) {
                return;
            }
            started = true;
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Suite.class.getName(), this);
            start();
        }
    }

    private void start() throws IOException, InterruptedException {
        Files.createDirectories(LOG_DIR);
        deleteRecursively(Path.of(BROKER_ENV.get("KAFKA_DATA_DIR")));
        startBroker();
        List<Service> first = Arrays.stream(Service.values()).filter(Service::ownsItsDatabase).toList();
        for (Service service : first) {
            services.put(service, launch(service));
        }
        for (Service service : first) {
            awaitReady(service, Duration.ofSeconds(90));
        }
        services.put(Service.CHAT_SECOND, launch(Service.CHAT_SECOND));
        awaitReady(Service.CHAT_SECOND, Duration.ofSeconds(90));
        openTheChatAllDay();
        // Young people may ask for a chat only while a counsellor is there to answer: one stays on duty meanwhile.
        keepCounsellorOnDuty();
    }

    /**
     * Says again that the counsellor on duty is available. A page test that signs the same demo counsellor in and out
     * of another console leaves that user unavailable on this instance, whichever test class runs first.
     */
    static synchronized void keepCounsellorOnDuty() {
        if (counsellorOnDuty != null && !counsellorOnDuty.isClosed()
                && System.nanoTime() - counsellorSignedInAt > SIGN_IN_AGAIN_AFTER.toNanos()) {
            // Before the token expires, so that the chat does not close the socket while a test relies on it.
            counsellorOnDuty.close();
        }
        if (counsellorOnDuty == null || counsellorOnDuty.isClosed()) {
            signCounsellorOnDutyIn();
        }
        try {
            declareAvailable();
        } catch (IllegalStateException | AssertionError closedMeanwhile) {
            if (!counsellorOnDuty.isClosed()) {
                throw closedMeanwhile;
            }
            signCounsellorOnDutyIn();
            declareAvailable();
        }
    }

    /**
     * The chat closes a console's socket when the access token it signed in with expires (five minutes in the demo
     * realm), as a console page then signs in again with a fresh one; so does the counsellor on duty here.
     */
    private static void signCounsellorOnDutyIn() {
        counsellorSignedInAt = System.nanoTime();
        counsellorOnDuty = ChatSocket.connect(Service.CHAT.webSocket("/ws/console"),
                KeycloakTokens.accessTokenOf("counsellor"));
        counsellorOnDuty.await("welcome");
    }

    private static void declareAvailable() {
        counsellorOnDuty.send(Map.of("type", "availability", "available", true));
        counsellorOnDuty.await("availability");
    }

    /** The tests request chats at any hour: the admin opens the chat today and tomorrow, round the clock. */
    static void openTheChatAllDay() {
        openTheChatAllDay(Service.CHAT.url(""));
    }

    /** The same on the chat at that address. */
    public static void openTheChatAllDay(String chat) {
        String admin = KeycloakTokens.accessTokenOf("admin");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        for (LocalDate day : List.of(today, today.plusDays(1))) {
            RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"opens\": \"00:00\", \"closes\": \"00:00\", \"reason\": \"System test\"}")
                    .put(chat + "/api/hours/exceptions/" + day)
                    .then().statusCode(200);
        }
    }

    @Override
    public void close() throws Exception {
        if (counsellorOnDuty != null) {
            counsellorOnDuty.close();
        }
        for (Process process : services.values()) {
            process.destroy();
        }
        for (Process process : services.values()) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        stopBroker();
    }

    /** Kills a service's process by its id with SIGKILL, as a crash or the kernel's OOM killer would, and waits. */
    static void kill(Service service) throws IOException, InterruptedException {
        Process process = services.get(service);
        int exit = new ProcessBuilder("kill", "-KILL", String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (exit != 0 || !process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Could not kill " + service.module + " (pid " + process.pid() + ")");
        }
    }

    /** Starts a killed service again, on its database as it was left, and waits until it is ready. */
    static void restart(Service service) throws IOException, InterruptedException {
        services.put(service, launch(service, false, true));
        awaitReady(service, Duration.ofSeconds(90));
    }

    public static void startBroker() throws IOException, InterruptedException {
        runScript("kafka.sh", "start");
    }

    public static void stopBroker() throws IOException, InterruptedException {
        runScript("kafka.sh", "stop");
    }

    private static void runScript(String script, String action) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("deploy/infra/" + script).toString(), action)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG_DIR.resolve("kafka-script.log").toFile()));
        builder.environment().putAll(BROKER_ENV);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(script + " " + action + " failed (exit " + exit + "), see "
                    + LOG_DIR.resolve("kafka-script.log"));
        }
    }

    private static Process launch(Service service) throws IOException {
        return launch(service, service.ownsItsDatabase(), false);
    }

    private static Process launch(Service service, boolean cleanDatabase, boolean again) throws IOException {
        Path jar = ROOT.resolve(service.module + "/target/quarkus-app/quarkus-run.jar");
        String log = service.module + (service.ownsItsDatabase() ? "" : "-" + service.port) + ".log";
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn verify does)");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(again ? ProcessBuilder.Redirect.appendTo(LOG_DIR.resolve(log).toFile())
                        : ProcessBuilder.Redirect.to(LOG_DIR.resolve(log).toFile()));
        Map<String, String> env = builder.environment();
        // The production build with the demo's secrets, as the run command starts it.
        env.put("QUARKUS_PROFILE", "prod,demo");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(service.port + 1000));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/sk_" + service.databaseKey + "_test");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", String.valueOf(cleanDatabase));
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        env.put("KAFKA_BOOTSTRAP_SERVERS", BOOTSTRAP);
        env.put("KAFKA_GROUP_ID", "analytics-service");
        // Rebuilds of the aggregates in small chunks, so that the crash test can kill one in the middle.
        env.put("SOCIALKONTAKT_ANALYTICS_REBUILD_CHUNK_SIZE", "1000");
        // The dashboard's page test shows the demo year of events, as the run command does.
        env.put("SOCIALKONTAKT_ANALYTICS_DEMO_ENABLED", "true");
        // The follow-up test loads the housing e-service's demo year of applications, as the run command does.
        env.put("SOCIALKONTAKT_HOUSING_DEMO_ENABLED", "true");
        // No closing-soon window at midnight for the round-the-clock test hours.
        env.put("SOCIALKONTAKT_CHAT_QUEUE_CLOSES_BEFORE", "0S");
        // Every test's young person and resident comes from the same address.
        env.put("SOCIALKONTAKT_CHAT_REQUESTS_BURST", "100000");
        env.put("SOCIALKONTAKT_FORMS_BURST", "100000");
        // Most tests request chats through the API alone, with no page following up: keep them queued.
        env.put("SOCIALKONTAKT_CHAT_QUEUE_AWAY_GRACE", "2H");
        return builder.start();
    }

    private static void awaitReady(Service service, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                // A port held by a stuck process must not hang the suite: each probe gives up after 5 s.
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(service.managementUrl("/q/health/ready"))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.module + " not ready within " + timeout + ", see "
                + LOG_DIR.resolve(service.module + ".log"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
