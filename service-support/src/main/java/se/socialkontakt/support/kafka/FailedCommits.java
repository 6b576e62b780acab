package se.socialkontakt.support.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The offsets of one consumer whose commit failed and that no later commit has covered yet. Commits succeed and fail
 * on different threads, so an older failure can be reported after a newer success: an offset is due again only while
 * it is above the newest one committed, and only for a partition the consumer still owns (committing one it has lost
 * could move its new owner's offset back).
 */
final class FailedCommits {
    private final Map<TopicPartition, Long> failed = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> committed = new ConcurrentHashMap<>();

    void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((partition, offset) -> committed.merge(partition, offset.offset(), Math::max));
    }

    void failed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((partition, offset) -> failed.merge(partition, offset.offset(), Math::max));
    }

    /** The offsets to commit again now; forgets those committed since or of partitions no longer owned. */
    Map<TopicPartition, OffsetAndMetadata> dueFor(Collection<TopicPartition> owned) {
        var due = new HashMap<TopicPartition, OffsetAndMetadata>();
        failed.forEach((partition, offset) -> {
            if (!owned.contains(partition) || committed.getOrDefault(partition, -1L) >= offset) {
                failed.remove(partition, offset);
            } else {
                due.put(partition, new OffsetAndMetadata(offset));
            }
        });
        return due;
    }
}
