package se.socialkontakt.benchmarks.analytics;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.socialkontakt.analytics.demo.DemoHistory;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.testsupport.KafkaPrincipals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The run's events: the demo's generated years (the realistic mix of chat, housing and contact events analytics sees
 * in production, weekdays busier than weekends and so on), one year per seed, as records for the benchmark topics.
 * Different seeds give different event ids, so every event is stored.
 */
final class BenchEvents {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final long FIRST_SEED = 6_000_000L;

    private final AnalyticsOptions options;
    private final Instant now;

    BenchEvents(AnalyticsOptions options, Instant now) {
        this.options = options;
        this.now = now;
    }

    /**
     * Hands the first {@code count} records of the years from the given seed on to {@code sink}, a year at a time:
     * a million records at once would not fit the benchmark's heap.
     */
    void generate(int count, long seedOffset, Consumer<ProducerRecord<String, byte[]>> sink) {
        generate(count, seedOffset, 1, sink);
    }

    /**
     * Like {@link #generate(int, long, Consumer)}, but spread over {@code years} years up to now: the k-th seed's year
     * ends k mod years years ago, so every year gets as many seeds' events.
     */
    void generate(int count, long seedOffset, int years, Consumer<ProducerRecord<String, byte[]>> sink) {
        int generated = 0;
        for (long k = 0; generated < count; k++) {
            Instant end = now.atZone(ZONE).minusYears(k % years).toInstant();
            for (CloudEvent event : DemoHistory.year(FIRST_SEED + seedOffset + k, ZONE, end)) {
                if (generated == count) {
                    break;
                }
                sink.accept(record(event));
                generated++;
            }
        }
    }

    List<ProducerRecord<String, byte[]>> records(int count, long seedOffset) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(count);
        generate(count, seedOffset, records::add);
        return records;
    }

    ProducerRecord<String, byte[]> record(CloudEvent event) {
        String topic = options.topic(EventType.fromType(event.getType()).orElseThrow().topic());
        return new ProducerRecord<>(topic, event.getSubject(), EventEnvelope.serialize(event));
    }

    /** A producer as the outbox relays use it: idempotent, acknowledged by all replicas. */
    static KafkaProducer<String, byte[]> producer(AnalyticsOptions options, int lingerMs) {
        return new KafkaProducer<>(KafkaPrincipals.admin(options.bootstrap(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, lingerMs),
                new StringSerializer(), new ByteArraySerializer());
    }
}
