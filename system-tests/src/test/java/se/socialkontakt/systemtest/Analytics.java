package se.socialkontakt.systemtest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import se.socialkontakt.events.EventType;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** What the analytics API shows, read as the manager demo user. */
public final class Analytics {
    private static final String GROUP = "analytics-service";

    private Analytics() {
    }

    /**
     * The demo generator publishes a year of all three services' events through Kafka, as the run command does; once
     * per installation, so a suite that loaded it already answers 409. Returns when analytics has stored them.
     */
    static void loadDemoYear() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("admin"))
                .post(Suite.Service.ANALYTICS.url("/api/admin/demo-data"))
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 409));
        awaitConsumerCaughtUp(Duration.ofMinutes(3));
    }

    /** The ids of the stored events about one aggregate. */
    static List<String> eventIdsAbout(UUID subject) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .get(Suite.Service.ANALYTICS.url("/api/events/about/" + subject))
                .then().statusCode(200).extract().jsonPath().getList("id");
    }

    /** Today's count (in the municipality's time zone) for the event type. */
    static long countToday(EventType type) {
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        List<Map<String, Object>> counts = given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .get(Suite.Service.ANALYTICS.url("/api/events/counts?from=" + today + "&to=" + today))
                .then().statusCode(200).extract().jsonPath().getList("$");
        return counts.stream().filter(c -> type.type().equals(c.get("type")))
                .mapToLong(c -> ((Number) c.get("count")).longValue()).sum();
    }

    /**
     * Waits until the analytics consumer group has committed every record now on the producer topics, i.e. it has
     * processed (and stored, or recognised as duplicate) everything, including redeliveries sent by a test.
     */
    static void awaitConsumerCaughtUp(Duration timeout) {
        awaitConsumerCaughtUp(Suite.kafkaAdmin(), timeout);
    }

    /** The same on any broker or cluster, reached with the given admin client settings. */
    public static void awaitConsumerCaughtUp(Map<String, Object> kafkaAdmin, Duration timeout) {
        try (Admin admin = Admin.create(kafkaAdmin)) {
            List<String> topics = List.of("chat-events", "housing-events", "contact-events", "crisis-messages");
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values()
                    .stream().flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(),
                            p.partition())))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || (committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue()));
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not read offsets from the broker", e);
        }
    }
}
