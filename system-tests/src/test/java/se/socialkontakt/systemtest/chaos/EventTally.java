package se.socialkontakt.systemtest.chaos;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.events.Topics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** How many events of each type about each aggregate are on the topics, and stored in analytics. */
final class EventTally {
    private EventTally() {
    }

    /** Every record the producers put on their topics since the moment, counted by aggregate (the subject) and type. */
    static Map<Ledger.Subject, Integer> onTopicsSince(Instant since, Map<String, Object> kafkaAdmin) {
        Map<Ledger.Subject, Integer> counts = new HashMap<>();
        forEachOnTopicsSince(since, kafkaAdmin, event -> EventType.fromType(event.getType()).ifPresent(type ->
                counts.merge(new Ledger.Subject(UUID.fromString(event.getSubject()), type), 1, Integer::sum)));
        return counts;
    }

    /** The ids of the events the producers put on their topics since the moment. */
    static Set<String> idsOnTopicsSince(Instant since, Map<String, Object> kafkaAdmin) {
        Set<String> ids = new HashSet<>();
        forEachOnTopicsSince(since, kafkaAdmin, event -> ids.add(event.getId()));
        return ids;
    }

    private static void forEachOnTopicsSince(Instant since, Map<String, Object> kafkaAdmin,
            Consumer<CloudEvent> action) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafkaAdmin, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = List.of(Topics.CHAT, Topics.HOUSING, Topics.CONTACT).stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> timestamps = new HashMap<>();
            partitions.forEach(partition -> timestamps.put(partition, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(timestamps);
            partitions.forEach(partition -> consumer.seek(partition, Optional.ofNullable(starts.get(partition))
                    .map(OffsetAndTimestamp::offset).orElse(ends.get(partition))));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!reached(consumer, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    action.accept(EventEnvelope.read(record.value()));
                }
            }
        }
    }

    /** How many of these events analytics stored. */
    static long storedInAnalytics(Collection<String> ids) throws SQLException {
        try (Connection connection = Databases.open(Databases.ANALYTICS);
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM event WHERE id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    /** The events of one type analytics stored, by aggregate. */
    static Map<Ledger.Subject, Integer> inAnalytics(EventType type) throws SQLException {
        Map<Ledger.Subject, Integer> counts = new HashMap<>();
        try (Connection connection = Databases.open(Databases.ANALYTICS);
                PreparedStatement select = connection.prepareStatement(
                        "SELECT subject, count(*) FROM event WHERE type = ? GROUP BY subject")) {
            select.setString(1, type.type());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(new Ledger.Subject(UUID.fromString(rows.getString(1)), type), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    /** The events analytics stored about these aggregates (its primary key, the event id, keeps each once). */
    static Map<Ledger.Subject, Integer> inAnalytics(Collection<UUID> aggregates) throws SQLException {
        Map<Ledger.Subject, Integer> counts = new HashMap<>();
        try (Connection connection = Databases.open(Databases.ANALYTICS);
                PreparedStatement select = connection.prepareStatement(
                        "SELECT subject, type, count(*) FROM event WHERE subject = ANY (?) GROUP BY subject, type")) {
            select.setArray(1, connection.createArrayOf("varchar",
                    aggregates.stream().map(UUID::toString).distinct().toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String subject = rows.getString(1);
                    int count = rows.getInt(3);
                    EventType.fromType(rows.getString(2)).ifPresent(type -> counts.put(
                            new Ledger.Subject(UUID.fromString(subject), type), count));
                }
            }
        }
        return counts;
    }
}
