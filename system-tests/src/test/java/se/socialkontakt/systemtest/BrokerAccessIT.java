package se.socialkontakt.systemtest;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.testsupport.KafkaPrincipals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The broker the suite runs on (deploy/infra/kafka.sh, as locally) takes only known principals and lets each do
 * only what deploy/k8s/kafka-acls.conf allows: the chat may not publish a crisis message, which every resident page
 * would show, nor read the housing e-service's events; a wrong password gets nowhere. What a service may do, it does.
 */
@ExtendWith(Suite.class)
class BrokerAccessIT {

    @Test
    void aServiceWithoutTheAclCannotPublishACrisisMessage() {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(with(KafkaPrincipals.service("chat-service",
                Suite.BOOTSTRAP), ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000), new StringSerializer(),
                new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("crisis-messages", "acl-test", "{}")).get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceWithoutTheAclCannotReadHousingEvents() {
        try (KafkaConsumer<String, String> consumer = consumer(KafkaPrincipals.service("chat-service",
                Suite.BOOTSTRAP), "chat-service-acl-test")) {
            consumer.assign(List.of(new TopicPartition("housing-events", 0)));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(5)))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theServiceThatConsumesHousingEventsReadsThem() {
        try (KafkaConsumer<String, String> consumer = consumer(KafkaPrincipals.service("analytics-service",
                Suite.BOOTSTRAP), "analytics-service-acl-test-" + UUID.randomUUID())) {
            consumer.assign(List.of(new TopicPartition("housing-events", 0)));
            consumer.seekToBeginning(consumer.assignment());
            consumer.poll(Duration.ofSeconds(2));
            assertThat(consumer.position(new TopicPartition("housing-events", 0))).isNotNegative();
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (KafkaConsumer<String, String> consumer = consumer(KafkaPrincipals.as("contact-center-service",
                "not-the-password", Suite.BOOTSTRAP), "contact-center-service-acl-test")) {
            consumer.assign(List.of(new TopicPartition("crisis-messages", 0)));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(5)))
                    .isInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> principal, String group) {
        return new KafkaConsumer<>(with(with(principal, ConsumerConfig.GROUP_ID_CONFIG, group),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
    }

    private static Map<String, Object> with(Map<String, Object> config, String key, Object value) {
        config.put(key, value);
        return config;
    }
}
