package se.socialkontakt.housing.attachment;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.tika.Tika;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.housing.application.Application;
import se.socialkontakt.housing.application.ApplicationService;
import se.socialkontakt.support.identity.ResidentIdentity;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * The resident's attachments (a power of attorney, a medical certificate): PDF, JPEG or PNG, recognised by their
 * content (Apache Tika's magic-byte detection), never by their name. Sent as the raw body with the file name in
 * {@code X-File-Name}, which a browser's fetch does without multipart encoding.
 */
@Path("/api/applications/{id}/attachments")
@RolesAllowed("resident")
public class AttachmentResource {
    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final int MAX_PER_APPLICATION = 10;
    private static final Tika TIKA = new Tika();

    private final ApplicationService applications;
    private final ResidentIdentity resident;
    private final EntityManager entityManager;
    private final Clock clock;

    AttachmentResource(ApplicationService applications, ResidentIdentity resident, EntityManager entityManager,
            Clock clock) {
        this.applications = applications;
        this.resident = resident;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public record Attached(UUID id, String fileName, String mediaType, int sizeBytes) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response upload(@PathParam("id") UUID id, @HeaderParam("X-File-Name") String encodedName, byte[] content) {
        Application application = applications.appliedBy(id, resident.identityNumber());
        if (application.status == HousingApplicationStatus.CLOSED
                || application.status == HousingApplicationStatus.MOVED_IN) {
            throw problem(Response.Status.CONFLICT, "Application closed", "A closed application takes no attachments");
        }
        String fileName = fileName(encodedName);
        if (content == null || content.length == 0) {
            throw problem(Response.Status.BAD_REQUEST, "Empty file", "The attachment is empty");
        }
        String mediaType = TIKA.detect(content);
        if (!ACCEPTED.contains(mediaType)) {
            throw HttpProblem.builder().withStatus(Response.Status.UNSUPPORTED_MEDIA_TYPE).withTitle("Not accepted")
                    .withDetail("Attach a PDF, JPEG or PNG file; this one is " + mediaType)
                    .with("detectedType", mediaType).build();
        }
        long count = ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM application_attachment WHERE application_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue();
        if (count >= MAX_PER_APPLICATION) {
            throw problem(Response.Status.CONFLICT, "Too many attachments",
                    "An application takes at most " + MAX_PER_APPLICATION + " attachments");
        }
        UUID attachmentId = UUID.randomUUID();
        entityManager.createNativeQuery("""
                INSERT INTO application_attachment (id, application_id, file_name, media_type, size_bytes, content,
                                                    uploaded_by, uploaded_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'resident', ?7)""")
                .setParameter(1, attachmentId).setParameter(2, id).setParameter(3, fileName)
                .setParameter(4, mediaType).setParameter(5, content.length).setParameter(6, content)
                .setParameter(7, clock.instant()).executeUpdate();
        return Response.created(URI.create("/api/applications/" + id + "/attachments/" + attachmentId))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Attached(attachmentId, fileName, mediaType, content.length)).build();
    }

    @GET
    @Path("/{attachment}")
    @Transactional
    public Response download(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
        applications.findFor(id, resident.identityNumber()).orElseThrow(ApplicationService::notFound);
        return AttachmentFiles.response(entityManager, id, attachment);
    }

    /** Only while the application is a draft: once submitted, the assessor may already have read it. */
    @DELETE
    @Path("/{attachment}")
    @Transactional
    public Response remove(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
        Application application = applications.appliedBy(id, resident.identityNumber());
        if (!application.isDraft()) {
            throw problem(Response.Status.CONFLICT, "Already submitted", "Attachments stay once submitted");
        }
        int removed = entityManager.createNativeQuery(
                        "DELETE FROM application_attachment WHERE id = ?1 AND application_id = ?2")
                .setParameter(1, attachment).setParameter(2, id).executeUpdate();
        if (removed == 0) {
            throw AttachmentFiles.notFound();
        }
        return Response.noContent().build();
    }

    private static String fileName(String encoded) {
        String name = encoded == null ? "" : URLDecoder.decode(encoded, StandardCharsets.UTF_8).strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.isEmpty() || name.length() > 200) {
            throw problem(Response.Status.BAD_REQUEST, "File name",
                    "Send the file name (1-200 characters) in the X-File-Name header");
        }
        return name;
    }

    private static HttpProblem problem(Response.Status status, String title, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(title).withDetail(detail).build();
    }
}
