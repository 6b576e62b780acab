package se.socialkontakt.benchmarks.analytics;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.testsupport.KafkaPrincipals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The ingest baseline of issue #12: the least durable work any ingest of these records must do, done by a plain Kafka
 * consumer. Each poll's records (at most 500, as the service polls) are parsed as CloudEvents, written in one
 * transaction with one {@code INSERT … ON CONFLICT (id) DO NOTHING} into a table like analytics' {@code event} table
 * (same columns, same indexes), and only then are the poll's offsets committed. One thread, no schema check, no
 * aggregates: what the service does beyond this is what the ratio measures.
 *
 * <p>The table lives in the schema {@value #SCHEMA} of the benchmark's database, which Flyway's clean at the service's
 * start leaves alone (it cleans only the schemas it manages); it is dropped and made again at every run.
 */
final class DurableBaseline {
    static final String SCHEMA = "ingest_baseline";
    private static final Duration GIVE_UP_AFTER_IDLE = Duration.ofSeconds(30);
    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    /** analytics' event table as its migrations leave it (V1 to V6; V13 and V14 drop indexes), columns and indexes. */
    private static final String TABLE = """
            DROP SCHEMA IF EXISTS %1$s CASCADE;
            CREATE SCHEMA %1$s;
            CREATE TABLE %1$s.event (
                id          VARCHAR(100) PRIMARY KEY,
                type        VARCHAR(200) NOT NULL,
                source      VARCHAR(200) NOT NULL,
                subject     VARCHAR(100) NOT NULL,
                occurred_at TIMESTAMPTZ  NOT NULL,
                received_at TIMESTAMPTZ  NOT NULL,
                data        JSONB        NOT NULL,
                known       BOOLEAN      NOT NULL DEFAULT TRUE,
                seq         BIGSERIAL);
            CREATE INDEX event_type_occurred ON %1$s.event (type, occurred_at);
            CREATE INDEX event_subject_type ON %1$s.event (subject, type);
            CREATE UNIQUE INDEX event_seq ON %1$s.event (seq);""".formatted(SCHEMA);

    /** The service's statement (EventStore.INSERT), without the RETURNING its aggregates need. */
    private static final String INSERT = """
            INSERT INTO %s.event (id, type, source, subject, occurred_at, received_at, data, known)
            SELECT id, type, source, subject, CAST(occurred_at AS timestamptz), ?, CAST(data AS jsonb), true
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS e(id, type, source, subject, occurred_at, data)
            ON CONFLICT (id) DO NOTHING""".formatted(SCHEMA);

    private DurableBaseline() {
    }

    /** Reads the run's records from the backlog's start, stores them, and returns the rate from first to last commit. */
    static Throughput ingest(String bootstrap, Backlog backlog, long expected, String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sk_analytics", "sk_analytics");
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(KafkaPrincipals.admin(bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG, "analytics-bench-durable-" + UUID.randomUUID(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                        // As analytics-service polls (its application.properties).
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                        ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4_194_304,
                        ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 16_777_216),
                        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute(TABLE);
            }
            connection.setAutoCommit(false);
            consumer.assign(backlog.partitions());
            backlog.partitions().forEach(p -> consumer.seek(p, backlog.startOf(p)));
            long stored = 0;
            long first = 0;
            long last = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                while (stored < expected && System.nanoTime() - last < GIVE_UP_AFTER_IDLE.toNanos()) {
                    ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                    if (records.isEmpty()) {
                        continue;
                    }
                    if (first == 0) {
                        first = System.nanoTime();
                    }
                    stored += store(connection, insert, records);
                    consumer.commitSync(nextOffsets(records));
                    last = System.nanoTime();
                }
            }
            try (Statement drop = connection.createStatement()) {
                connection.setAutoCommit(true);
                drop.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
            }
            return new Throughput(stored, (last - first) / 1e9);
        }
    }

    private static int store(Connection connection, PreparedStatement insert, ConsumerRecords<byte[], byte[]> records)
            throws SQLException {
        // Deduplicated within the batch, as the service does: one statement cannot touch a row twice.
        Map<String, CloudEvent> byId = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            CloudEvent event = FORMAT.deserialize(record.value());
            byId.putIfAbsent(event.getId(), event);
        }
        int n = byId.size();
        String[] ids = new String[n];
        String[] types = new String[n];
        String[] sources = new String[n];
        String[] subjects = new String[n];
        String[] occurred = new String[n];
        String[] data = new String[n];
        Instant now = Instant.now();
        int i = 0;
        for (CloudEvent event : byId.values()) {
            ids[i] = event.getId();
            types[i] = event.getType();
            sources[i] = event.getSource().toString();
            subjects[i] = event.getSubject() == null ? "" : event.getSubject();
            occurred[i] = (event.getTime() != null ? event.getTime().toInstant() : now).toString();
            data[i] = EventEnvelope.dataAsJson(event).toString();
            i++;
        }
        insert.setObject(1, now.atOffset(ZoneOffset.UTC));
        insert.setArray(2, connection.createArrayOf("text", ids));
        insert.setArray(3, connection.createArrayOf("text", types));
        insert.setArray(4, connection.createArrayOf("text", sources));
        insert.setArray(5, connection.createArrayOf("text", subjects));
        insert.setArray(6, connection.createArrayOf("text", occurred));
        insert.setArray(7, connection.createArrayOf("text", data));
        insert.executeUpdate();
        connection.commit();
        return records.count();
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            offsets.put(partition, new OffsetAndMetadata(records.records(partition).getLast().offset() + 1));
        }
        return offsets;
    }
}
