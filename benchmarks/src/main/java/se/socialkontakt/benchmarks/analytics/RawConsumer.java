package se.socialkontakt.benchmarks.analytics;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import se.socialkontakt.testsupport.KafkaPrincipals;


import java.time.Duration;
import java.util.UUID;

/**
 * The baseline: a plain Kafka consumer that reads the run's records and only counts them, with the client's default
 * settings. Nothing can ingest faster than this on the same broker and machine.
 */
final class RawConsumer {
    private static final Duration GIVE_UP_AFTER_IDLE = Duration.ofSeconds(30);

    private RawConsumer() {
    }

    static Throughput count(String bootstrap, Backlog backlog, long expected) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(KafkaPrincipals.admin(bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "analytics-bench-raw-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(backlog.partitions());
            backlog.partitions().forEach(p -> consumer.seek(p, backlog.startOf(p)));
            long counted = 0;
            long first = 0;
            long last = System.nanoTime();
            while (counted < expected && System.nanoTime() - last < GIVE_UP_AFTER_IDLE.toNanos()) {
                int records = consumer.poll(Duration.ofMillis(200)).count();
                if (records > 0) {
                    last = System.nanoTime();
                    first = counted == 0 ? last : first;
                    counted += records;
                }
            }
            return new Throughput(counted, (last - first) / 1e9);
        }
    }
}
