package se.socialkontakt.analytics.event;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Reads every producer topic again from its first record. It only adds: an event already stored is recognised by its
 * CloudEvent id and ignored, so a replay stores what is missing (events a consumer never saw) and forgets nothing,
 * whatever the topics' retention (docs/decisions.md, "The event table is the archive"). Rebuilding the figures is a
 * separate job that reads the archive, not the topics: {@code POST /api/admin/rebuild}.
 */
@Path("/api/admin/replay")
@RolesAllowed("admin")
public class Replay {
    /** The producer topics' channels this service consumes. */
    static final List<String> CHANNELS = List.of("chat-events", "housing-events", "contact-events", "crisis-messages");

    private final KafkaClientService kafka;

    Replay(KafkaClientService kafka) {
        this.kafka = kafka;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response replay() {
        for (String channel : CHANNELS) {
            KafkaConsumer<Object, Object> consumer = kafka.getConsumer(channel);
            consumer.getAssignments().chain(consumer::seekToBeginning).await().indefinitely();
        }
        return Response.accepted().build();
    }
}
