package se.socialkontakt.systemtest;

import io.cloudevents.CloudEvent;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.events.ContactCaseFirstResponse;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.EventData;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.events.FaqArticleViewed;
import se.socialkontakt.events.InvalidEventException;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.oneOf;

/**
 * analytics-service killed with SIGKILL at random moments, ten times and more: while events stream in (some twice,
 * some follow-ups before their case), during rebuilds of the aggregates, and between the admin calls that once lost
 * events (demo data, rebuild, replay of the topics). After the last restart and catch-up, the CloudEvent ids stored
 * are exactly the distinct ids on the topics, and the figures the dashboard reads equal those of a rebuild from the
 * archive made afterwards.
 */
@ExtendWith(Suite.class)
class AnalyticsCrashIT {
    private static final URI SOURCE = URI.create("/socialkontakt/analytics-crash-test");
    private static final List<String> TOPICS = List.of("chat-events", "housing-events", "contact-events",
            "crisis-messages");
    private static final int KILLS = 10;

    @Test
    void killedAtRandomItLosesNoEventAndCountsNoneTwice() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String admin = KeycloakTokens.accessTokenOf("admin");
        AtomicBoolean streaming = new AtomicBoolean(true);
        AtomicLong published = new AtomicLong();
        int killedDuringRebuild = 0;
        Thread producer = new Thread(() -> stream(new Random(seed + 1), streaming, published), "crash-test-events");
        producer.start();
        try {
            for (int kill = 0; kill < KILLS; kill++) {
                switch (kill % 4) {
                    case 1, 3 -> {
                        post(admin, "/api/admin/rebuild", "{\"confirm\":true}", 202);
                        // Killed in the middle of a rebuild: once it has applied some of the archive.
                        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                                .until(() -> rebuildUnderWay(admin) || noRebuild(admin));
                        Thread.sleep(random.nextInt(300));
                        if (rebuildUnderWay(admin)) {
                            killedDuringRebuild++;
                        }
                    }
                    case 2 -> {
                        // The first publishes the demo year (unless a page test did), the next is refused.
                        post(admin, "/api/admin/demo-data", "", 200, 409);
                        awaitIngest(admin);
                        Thread.sleep(random.nextInt(1500));
                    }
                    default -> {
                        if (kill > 0) {
                            post(admin, "/api/admin/replay", "", 202);
                        }
                        awaitIngest(admin);
                        Thread.sleep(random.nextInt(1500));
                    }
                }
                Suite.kill(Suite.Service.ANALYTICS);
                Thread.sleep(random.nextInt(500));
                Suite.restart(Suite.Service.ANALYTICS);
            }
        } finally {
            streaming.set(false);
            producer.join();
        }
        assertThat(published.get()).as("events published during the kills (seed %d)", seed).isGreaterThan(1000);
        assertThat(killedDuringRebuild).as("kills in the middle of a rebuild (seed %d)", seed).isGreaterThan(0);

        Analytics.awaitConsumerCaughtUp(Duration.ofMinutes(3));
        // A rebuild left unfinished by the last kill goes on by itself; wait until none is building.
        awaitNoRebuild(admin);
        Set<String> onTopics = idsOnTopics();
        Set<String> stored = storedIds();
        assertThat(stored).as("stored ids against the topics' ids (seed %d)", seed).hasSameSizeAs(onTopics);
        assertThat(stored).as("stored ids against the topics' ids (seed %d)", seed).isEqualTo(onTopics);

        String manager = KeycloakTokens.accessTokenOf("manager");
        List<String> views = List.of("/api/figures?period=DAY", "/api/figures?period=MONTH",
                "/api/figures?period=YEAR", "/api/figures?period=YEAR&channel=PHONE", "/api/events/counts");
        // The other services of the suite may store an event meanwhile (a scheduled SLA check, say): then the
        // comparison is made again, since it holds only for the same archive.
        for (int attempt = 1; ; attempt++) {
            String storedUpTo = freshness(manager);
            List<String> before = read(manager, views);
            post(admin, "/api/admin/rebuild", "{\"confirm\":true}", 202);
            awaitNoRebuild(admin);
            List<String> after = read(manager, views);
            if (!storedUpTo.equals(freshness(manager)) && attempt < 3) {
                continue;
            }
            for (int i = 0; i < views.size(); i++) {
                assertThat(after.get(i)).as("%s after the kills and after a rebuild (seed %d)", views.get(i), seed)
                        .isEqualTo(before.get(i));
            }
            break;
        }
    }

    private static List<String> read(String token, List<String> views) {
        List<String> bodies = new ArrayList<>();
        for (String view : views) {
            bodies.add(given().auth().oauth2(token).get(Suite.Service.ANALYTICS.url(view)).then().statusCode(200)
                    .extract().asString());
        }
        return bodies;
    }

    private static String freshness(String token) {
        return given().auth().oauth2(token).get(Suite.Service.ANALYTICS.url("/api/freshness")).then().statusCode(200)
                .extract().jsonPath().getString("storedUpTo");
    }

    /** Contact cases (a first response sometimes ahead of its case, some events sent twice) and FAQ views. */
    private static void stream(Random random, AtomicBoolean streaming, AtomicLong published) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Suite.kafkaAdmin(ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            UUID article = UUID.randomUUID();
            while (streaming.get()) {
                Instant now = Instant.now();
                UUID caseId = UUID.randomUUID();
                List<EventData> events = new ArrayList<>(List.of(
                        new ContactCaseOpened(caseId, now, ContactCaseOpened.Channel.values()[random.nextInt(6)],
                                "ADVICE", "RELATIVES"),
                        new ContactCaseFirstResponse(caseId, now, random.nextInt(3000)),
                        new FaqArticleViewed(article, now)));
                if (random.nextInt(4) == 0) {
                    java.util.Collections.swap(events, 0, 1);
                }
                for (EventData data : events) {
                    CloudEvent event = EventEnvelope.wrap(SOURCE, data, now, UUID.randomUUID().toString());
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventType.of(data.getClass()).topic(),
                            data.aggregateId().toString(), EventEnvelope.serialize(event));
                    producer.send(record);
                    if (random.nextInt(10) == 0) {
                        producer.send(record);
                    }
                    published.incrementAndGet();
                }
                Thread.sleep(5);
            }
            producer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void post(String token, String path, String body, Integer... statuses) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(Suite.Service.ANALYTICS.url(path)).then().statusCode(oneOf(statuses));
    }

    /** Killed while it ingests: once the restarted instance has stored events again. */
    private static void awaitIngest(String admin) {
        String before = freshness(admin);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> !String.valueOf(before).equals(String.valueOf(freshness(admin))));
    }

    private static void awaitNoRebuild(String admin) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> noRebuild(admin));
    }

    private static boolean noRebuild(String admin) {
        return building(admin).isEmpty();
    }

    /** A generation is being built and has applied part of the archive. */
    private static boolean rebuildUnderWay(String admin) {
        return building(admin).stream().anyMatch(g -> ((Number) g.get("eventsProcessed")).longValue() > 0);
    }

    private static List<Map<String, Object>> building(String admin) {
        List<Map<String, Object>> generations = given().auth().oauth2(admin)
                .get(Suite.Service.ANALYTICS.url("/api/admin/rebuild")).then().statusCode(200).extract().jsonPath()
                .getList("$");
        return generations.stream().filter(g -> "BUILDING".equals(g.get("state"))).toList();
    }

    /** Every distinct CloudEvent id on the producer topics, malformed records (dead-lettered, not stored) aside. */
    private static Set<String> idsOnTopics() {
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Suite.kafkaAdmin(
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                for (PartitionInfo partition : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, partition.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    try {
                        ids.add(EventEnvelope.readKeepingUnknown(record.value()).getId());
                    } catch (InvalidEventException | NullPointerException malformed) {
                        // sent to the dead-letter topic, not stored
                    }
                }
            }
        }
        return ids;
    }

    private static Set<String> storedIds() throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:5432/sk_analytics_test", "sk_analytics", "sk_analytics");
                Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id FROM event")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
