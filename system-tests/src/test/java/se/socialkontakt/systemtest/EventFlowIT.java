package se.socialkontakt.systemtest;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One action in each producing service reaches analytics exactly once, even when Kafka delivers it twice. */
@ExtendWith(Suite.class)
class EventFlowIT {

    @Test
    void eachActionIsStoredOnceAndShownWithinFiveSecondsEvenWhenDeliveredTwice() throws Exception {
        Analytics.awaitConsumerCaughtUp(Duration.ofSeconds(30));
        Map<EventType, Long> before = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            before.put(type, Analytics.countToday(type));
        }

        List<Actions.Done> actions = List.of(Actions.requestChat(), Actions.startHousingApplication(),
                Actions.logContactCase());

        for (Actions.Done action : actions) {
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Analytics.eventIdsAbout(action.aggregateId()).size() == 1);
        }

        for (Actions.Done action : actions) {
            ConsumerRecord<String, byte[]> published = findPublished(action);
            assertThat(EventEnvelope.read(published.value()).getType()).isEqualTo(action.expectedEvent().type());
            redeliverTwice(published);
        }
        Analytics.awaitConsumerCaughtUp(Duration.ofSeconds(30));

        for (Actions.Done action : actions) {
            assertThat(Analytics.eventIdsAbout(action.aggregateId())).as("events about %s", action).hasSize(1);
            assertThat(Analytics.countToday(action.expectedEvent()))
                    .as("today's count of %s", action.expectedEvent())
                    .isEqualTo(before.get(action.expectedEvent()) + 1);
        }
    }

    /** The record the producer's outbox relay put on its topic for the action's aggregate. */
    private static ConsumerRecord<String, byte[]> findPublished(Actions.Done action) {
        Map<String, Object> config = Suite.kafkaAdmin(
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(action.expectedEvent().topic()));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (action.aggregateId().toString().equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No record keyed " + action.aggregateId() + " on " + action.expectedEvent().topic());
    }

    private static void redeliverTwice(ConsumerRecord<String, byte[]> record) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Suite.kafkaAdmin(),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 2; i++) {
                producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(),
                        record.headers())).get();
            }
        }
    }

}
