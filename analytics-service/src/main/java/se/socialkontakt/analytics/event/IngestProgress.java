package se.socialkontakt.analytics.event;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far this instance's consumer is behind the topics, so that a stalled ingest shows: the records not yet stored
 * and acknowledged on the partitions this instance reads (end offset minus committed offset), per topic as a metric,
 * and whether the ingest is stalled (records wait, their number does not shrink, and nothing was stored for
 * {@code socialkontakt.analytics.ingest.stall-after}), which the liveness check reports.
 */
@ApplicationScoped
public class IngestProgress {
    private final KafkaClientService kafka;
    private final Clock clock;
    private final Duration stallAfter;
    private final Map<String, Long> lagPerTopic = new ConcurrentHashMap<>();
    private final Instant started;
    private volatile Instant lastStored;
    private volatile long previousLag;
    private volatile long lag;

    IngestProgress(KafkaClientService kafka, MeterRegistry registry, Clock clock,
            @ConfigProperty(name = "socialkontakt.analytics.ingest.stall-after") Duration stallAfter) {
        this.kafka = kafka;
        this.clock = clock;
        this.stallAfter = stallAfter;
        this.started = clock.instant();
        for (String channel : Replay.CHANNELS) {
            lagPerTopic.put(channel, 0L);
            registry.gauge("socialkontakt.analytics.consumer.lag", Tags.of("topic", channel), lagPerTopic,
                    lags -> lags.getOrDefault(channel, 0L));
        }
    }

    /** A batch was stored (or was all duplicates): the ingest moves. */
    void stored() {
        lastStored = clock.instant();
    }

    @Scheduled(every = "${socialkontakt.analytics.ingest.lag-interval:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        long total = 0;
        for (String channel : Replay.CHANNELS) {
            try {
                long topicLag = lagOf(kafka.getConsumer(channel));
                lagPerTopic.put(channel, topicLag);
                total += topicLag;
            } catch (RuntimeException e) {
                Log.debugf("No lag for %s this time: %s", channel, e.getMessage());
            }
        }
        previousLag = lag;
        lag = total;
    }

    private static long lagOf(KafkaConsumer<Object, Object> consumer) {
        if (consumer == null) {
            return 0;
        }
        return consumer.runOnPollingThread(c -> {
            Set<TopicPartition> assigned = c.assignment();
            if (assigned.isEmpty()) {
                return 0L;
            }
            Map<TopicPartition, Long> ends = c.endOffsets(assigned);
            Map<TopicPartition, OffsetAndMetadata> committed = c.committed(assigned);
            long sum = 0;
            for (TopicPartition partition : assigned) {
                OffsetAndMetadata done = committed.get(partition);
                long end = ends.getOrDefault(partition, 0L);
                sum += Math.max(0, end - (done == null ? c.beginningOffsets(Set.of(partition))
                        .getOrDefault(partition, 0L) : done.offset()));
            }
            return sum;
        }).await().atMost(Duration.ofSeconds(10));
    }

    /** Records waiting on this instance's partitions at the last measurement. */
    public long lag() {
        return lag;
    }

    /** Records waited at the last two measurements: the dashboards are behind the services. */
    public boolean behind() {
        return lag > 0 && previousLag > 0;
    }

    /** Records wait, their number does not shrink, and nothing has been stored for the configured time. */
    public boolean stalled() {
        Instant last = lastStored != null ? lastStored : started;
        return lag > 0 && lag >= previousLag && last.isBefore(clock.instant().minus(stallAfter));
    }
}
