package se.socialkontakt.chat.queue;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.OptionalInt;

/**
 * Whether anyone is there to answer and how long a newcomer would wait: the youth page asks before offering the
 * chat, so it can say honestly that nobody is free and show the alternatives instead.
 */
@Path("/api/queue/status")
@PermitAll
public class QueueResource {
    private final QueueService queue;

    QueueResource(QueueService queue) {
        this.queue = queue;
    }

    /**
     * {@code counsellorsFree} counts only counsellors with a free place: one whose places are all taken is there,
     * but not free to answer now.
     */
    public record QueueStatus(int counsellorsOnline, int counsellorsFree, int waiting, Integer estimatedWaitMinutes) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public QueueStatus queueStatus() {
        QueueSnapshot snapshot = queue.snapshot();
        OptionalInt estimate = snapshot.estimatedWaitMinutes(snapshot.waiting().size() + 1);
        return new QueueStatus(snapshot.counsellorsOnline(), snapshot.counsellorsFree(), snapshot.waiting().size(),
                estimate.isPresent() ? estimate.getAsInt() : null);
    }
}
