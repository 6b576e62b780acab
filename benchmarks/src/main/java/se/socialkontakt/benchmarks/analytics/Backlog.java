package se.socialkontakt.benchmarks.analytics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import se.socialkontakt.testsupport.KafkaPrincipals;


import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Where this run's records begin on the benchmark topics. Earlier runs' records stay on the topics (nothing is
 * deleted), so both consumers start at the offsets marked before publishing: the raw consumer seeks there, and the
 * analytics consumer group is created with them as its committed offsets.
 */
final class Backlog {
    private final String bootstrap;
    private final Map<TopicPartition, Long> start;

    private Backlog(String bootstrap, Map<TopicPartition, Long> start) {
        this.bootstrap = bootstrap;
        this.start = start;
    }

    static Backlog mark(String bootstrap, Collection<String> topics) throws ExecutionException, InterruptedException {
        try (Admin admin = admin(bootstrap)) {
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            described.values().forEach(topic -> topic.partitions().forEach(p ->
                    ends.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> start = admin.listOffsets(ends).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            return new Backlog(bootstrap, start);
        }
    }

    List<TopicPartition> partitions() {
        return List.copyOf(start.keySet());
    }

    long startOf(TopicPartition partition) {
        return start.get(partition);
    }

    /** Gives a new consumer group this run's start as its committed offsets, so it reads exactly this run. */
    void startGroupHere(String groupId) throws ExecutionException, InterruptedException {
        try (Admin admin = admin(bootstrap)) {
            Map<TopicPartition, OffsetAndMetadata> offsets = start.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())));
            admin.alterConsumerGroupOffsets(groupId, offsets).all().get();
        }
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(KafkaPrincipals.admin(bootstrap));
    }
}
