package se.socialkontakt.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.vertx.mutiny.core.Vertx;

/**
 * The fault harness's finding: a commit that failed while a broker was down was never made again for a partition that
 * got no more records. Here the Kafka client's own mock consumer stands in for the broker, failing commits while it is
 * "down"; the real outage is the fault harness's (system-tests FaultHarnessIT).
 */
class RecommittingConsumerTest {
    private static final TopicPartition PARTITION = new TopicPartition("chat-events", 4);
    private static final Duration RETRY_AFTER = Duration.ofMillis(300);

    private final Vertx vertx = Vertx.vertx();
    private final Broker broker = new Broker();
    private final PollingThread pollingThread = new PollingThread(broker);
    private final RecommittingConsumer<String, byte[]> consumer =
            new RecommittingConsumer<>(pollingThread.consumer(), vertx, RETRY_AFTER);

    @AfterEach
    void close() {
        vertx.closeAndAwait();
        pollingThread.executor.shutdownNow();
    }

    @Test
    void aCommitThatFailedIsMadeAgainThoughThePartitionGetsNoMoreRecords() {
        broker.owns(PARTITION);
        failWhileBrokerIsDown(4);

        broker.down = false;

        await().atMost(Duration.ofSeconds(10)).until(() -> broker.committedOffset(PARTITION) == 4);
    }

    @Test
    void aCommitThatFailsAgainIsRetriedUntilItIsMade() {
        broker.owns(PARTITION);
        failWhileBrokerIsDown(4);
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.attempts.size() >= 3);

        broker.down = false;

        await().atMost(Duration.ofSeconds(10)).until(() -> broker.committedOffset(PARTITION) == 4);
    }

    @Test
    void aFailedCommitIsNotMadeAgainOverANewerOne() {
        broker.owns(PARTITION);
        failWhileBrokerIsDown(4);
        broker.down = false;
        consumer.commit(offset(7)).await().indefinitely();
        int attemptsSoFar = broker.attempts.size();

        awaitOneMoreTask();

        assertThat(broker.attempts).hasSize(attemptsSoFar);
        assertThat(broker.committedOffset(PARTITION)).isEqualTo(7);
    }

    @Test
    void aFailedCommitOfAPartitionNoLongerOwnedIsNotMadeAgain() {
        broker.owns(PARTITION);
        failWhileBrokerIsDown(4);
        broker.owns(new TopicPartition("chat-events", 0));
        broker.down = false;
        int attemptsSoFar = broker.attempts.size();

        awaitOneMoreTask();

        assertThat(broker.attempts).hasSize(attemptsSoFar);
        assertThat(broker.committedOffset(PARTITION)).isEqualTo(-1);
    }

    private void failWhileBrokerIsDown(long offset) {
        broker.down = true;
        assertThatThrownBy(() -> consumer.commit(offset(offset)).await().indefinitely())
                .isInstanceOf(TimeoutException.class);
    }

    /** A repeated commit, if one were due, would run in the next task on the polling thread. */
    private void awaitOneMoreTask() {
        int tasksSoFar = pollingThread.tasksRun.get();
        await().atMost(Duration.ofSeconds(10)).until(() -> pollingThread.tasksRun.get() > tasksSoFar);
    }

    private static Map<TopicPartition, OffsetAndMetadata> offset(long offset) {
        return Map.of(PARTITION, new OffsetAndMetadata(offset));
    }

    /** The Kafka client's mock consumer, whose commits time out while the broker is down. */
    private static final class Broker extends MockConsumer<String, byte[]> {
        volatile boolean down;
        final List<Long> attempts = new CopyOnWriteArrayList<>();

        Broker() {
            super("earliest");
        }

        void owns(TopicPartition partition) {
            assign(Set.of(partition));
        }

        long committedOffset(TopicPartition partition) {
            var committed = committed(Set.of(partition)).get(partition);
            return committed == null ? -1 : committed.offset();
        }

        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
            offsets.values().forEach(offset -> attempts.add(offset.offset()));
            if (down) {
                throw new TimeoutException("Timeout of 10000ms expired before successfully committing offsets");
            }
            super.commitSync(offsets);
        }
    }

    /** The connector's consumer as far as commits need it: tasks run one after another on one thread. */
    private record PollingThread(Broker broker, ExecutorService executor, AtomicInteger tasksRun) {
        PollingThread(Broker broker) {
            this(broker, Executors.newSingleThreadExecutor(), new AtomicInteger());
        }

        @SuppressWarnings("unchecked")
        KafkaConsumer<String, byte[]> consumer() {
            return (KafkaConsumer<String, byte[]>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] { KafkaConsumer.class }, (proxy, method, arguments) -> {
                        if (!method.getName().equals("runOnPollingThread")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        return run(arguments[0]);
                    });
        }

        @SuppressWarnings("unchecked")
        private Uni<Object> run(Object action) {
            return Uni.createFrom().item(() -> {
                tasksRun.incrementAndGet();
                if (action instanceof Function<?, ?> function) {
                    return ((Function<Consumer<String, byte[]>, Object>) function).apply(broker);
                }
                ((java.util.function.Consumer<Consumer<String, byte[]>>) action).accept(broker);
                return null;
            }).runSubscriptionOn(executor);
        }
    }
}
