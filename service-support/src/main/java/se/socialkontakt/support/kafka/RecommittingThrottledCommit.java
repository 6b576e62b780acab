package se.socialkontakt.support.kafka;

import java.time.Duration;
import java.util.function.BiConsumer;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.commit.KafkaThrottledLatestProcessedCommit;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The connector's throttled commit strategy (commit up to the oldest record not yet acknowledged) whose failed commits
 * are made again ({@link RecommittingConsumer}). Chosen per channel with commit-strategy {@value #NAME} by every
 * consumer that commits offsets (analytics' four channels, the contact center's housing-events).
 */
@ApplicationScoped
@Identifier(RecommittingThrottledCommit.NAME)
class RecommittingThrottledCommit implements KafkaCommitHandler.Factory {
    static final String NAME = "throttled-recommitting";
    private static final String COMMIT_INTERVAL = "auto.commit.interval.ms";

    private final KafkaThrottledLatestProcessedCommit.Factory throttled = new KafkaThrottledLatestProcessedCommit.Factory();

    @Override
    public KafkaCommitHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return throttled.create(config, vertx, new RecommittingConsumer<>(consumer, vertx, retryAfter(consumer)),
                reportFailure);
    }

    /** As often as the throttled strategy commits. */
    private static Duration retryAfter(KafkaConsumer<?, ?> consumer) {
        var interval = consumer.configuration().get(COMMIT_INTERVAL);
        return Duration.ofMillis(interval == null ? 5000 : Long.parseLong(interval.toString()));
    }
}
