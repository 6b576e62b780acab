package se.socialkontakt.support.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.vertx.mutiny.core.Vertx;

/**
 * The connector's consumer, except that a commit that fails is made again until it succeeds or a later commit covers
 * it. The throttled strategy forgets the offsets of a failed commit and commits a partition only when it has processed
 * new records there: after a broker outage a partition that gets no more records kept its old committed offset for
 * good (seen in the fault harness: lag that never went away, an ingest that looked stalled). Commits, first and
 * repeated, run on the polling thread one after another, so a repeated one cannot overtake a newer one.
 */
final class RecommittingConsumer<K, V> implements KafkaConsumer<K, V> {
    private final KafkaConsumer<K, V> delegate;
    private final Vertx vertx;
    private final Duration retryAfter;
    private final FailedCommits failedCommits = new FailedCommits();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();

    RecommittingConsumer(KafkaConsumer<K, V> delegate, Vertx vertx, Duration retryAfter) {
        this.delegate = delegate;
        this.vertx = vertx;
        this.retryAfter = retryAfter;
    }

    @Override
    public Uni<Void> commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        return delegate.runOnPollingThread(kafka -> {
            kafka.commitSync(offsets);
            failedCommits.committed(offsets);
        }).onFailure().invoke(failure -> {
            failedCommits.failed(offsets);
            scheduleRetry();
        });
    }

    private void scheduleRetry() {
        if (retryScheduled.compareAndSet(false, true)) {
            vertx.setTimer(retryAfter.toMillis(), timer -> commitAgain());
        }
    }

    private void commitAgain() {
        retryScheduled.set(false);
        delegate.runOnPollingThread(kafka -> {
            var due = failedCommits.dueFor(kafka.assignment());
            if (!due.isEmpty()) {
                kafka.commitSync(due);
                failedCommits.committed(due);
                Log.infof("Committed again after a failed commit: %s", due);
            }
        }).subscribe().with(done -> {
        }, failure -> {
            if (failure instanceof RejectedExecutionException) {
                return; // the consumer is closed: its partitions are someone else's now
            }
            Log.warnf("A failed commit failed again and will be retried: %s", failure.toString());
            scheduleRetry();
        });
    }

    @Override
    public Map<String, ?> configuration() {
        return delegate.configuration();
    }

    @Override
    public <R> Uni<R> runOnPollingThread(Function<Consumer<K, V>, R> action) {
        return delegate.runOnPollingThread(action);
    }

    @Override
    public Uni<Void> runOnPollingThread(java.util.function.Consumer<Consumer<K, V>> action) {
        return delegate.runOnPollingThread(action);
    }

    @Override
    public Uni<Set<TopicPartition>> pause() {
        return delegate.pause();
    }

    @Override
    public Uni<Set<TopicPartition>> paused() {
        return delegate.paused();
    }

    @Override
    public Uni<Map<TopicPartition, OffsetAndMetadata>> committed(TopicPartition... partitions) {
        return delegate.committed(partitions);
    }

    @Override
    public Uni<Void> resume() {
        return delegate.resume();
    }

    @Override
    public Consumer<K, V> unwrap() {
        return delegate.unwrap();
    }

    @Override
    public Uni<Void> commitAsync(Map<TopicPartition, OffsetAndMetadata> offsets) {
        return delegate.commitAsync(offsets);
    }

    @Override
    public Uni<Map<TopicPartition, Long>> getPositions() {
        return delegate.getPositions();
    }

    @Override
    public Uni<Set<TopicPartition>> getAssignments() {
        return delegate.getAssignments();
    }

    @Override
    public Uni<Void> seek(TopicPartition partition, long offset) {
        return delegate.seek(partition, offset);
    }

    @Override
    public Uni<Void> seek(TopicPartition partition, OffsetAndMetadata offset) {
        return delegate.seek(partition, offset);
    }

    @Override
    public Uni<Void> seekToBeginning(Collection<TopicPartition> partitions) {
        return delegate.seekToBeginning(partitions);
    }

    @Override
    public Uni<Void> seekToEnd(Collection<TopicPartition> partitions) {
        return delegate.seekToEnd(partitions);
    }

    @Override
    public Uni<ConsumerGroupMetadata> consumerGroupMetadata() {
        return delegate.consumerGroupMetadata();
    }

    @Override
    public Uni<Void> resetToLastCommittedPositions() {
        return delegate.resetToLastCommittedPositions();
    }

    @Override
    public Uni<Map<String, List<PartitionInfo>>> lisTopics() {
        return delegate.lisTopics();
    }

    @Override
    public Uni<Map<String, List<PartitionInfo>>> lisTopics(Duration timeout) {
        return delegate.lisTopics(timeout);
    }

    @Override
    public Uni<List<PartitionInfo>> partitionsFor(String topic) {
        return delegate.partitionsFor(topic);
    }
}
