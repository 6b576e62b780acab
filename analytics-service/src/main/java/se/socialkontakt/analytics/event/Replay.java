package se.socialkontakt.analytics.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Rebuilds every figure from the topics: forgets the stored events and reads every producer topic again from its
 * first record. Since the figures are computed from the stored events alone and each event is stored once, the
 * rebuilt figures are exactly the same (docs/operations: "Replaying analytics").
 */
@Path("/api/admin/replay")
@RolesAllowed("admin")
public class Replay {
    static final List<String> CHANNELS = List.of("chat-events", "housing-events", "contact-events", "crisis-messages");

    private final KafkaClientService kafka;
    private final EntityManager entityManager;

    Replay(KafkaClientService kafka, EntityManager entityManager) {
        this.kafka = kafka;
        this.entityManager = entityManager;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response replay() {
        for (String channel : CHANNELS) {
            KafkaConsumer<Object, Object> consumer = kafka.getConsumer(channel);
            // Paused while the table is emptied, so no record lands in between and is then forgotten.
            consumer.pause().await().indefinitely();
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("TRUNCATE event").executeUpdate());
        for (String channel : CHANNELS) {
            KafkaConsumer<Object, Object> consumer = kafka.getConsumer(channel);
            consumer.getAssignments().chain(consumer::seekToBeginning).await().indefinitely();
            consumer.resume().await().indefinitely();
        }
        return Response.accepted().build();
    }
}
