package se.socialkontakt.housing.attachment;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Serves a stored attachment as a download, to its resident or (audited) to an assessor. */
public final class AttachmentFiles {
    private AttachmentFiles() {
    }

    @SuppressWarnings("unchecked")
    public static Response response(EntityManager entityManager, UUID application, UUID attachment) {
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT file_name, media_type, content FROM application_attachment WHERE id = ?1 AND application_id = ?2")
                .setParameter(1, attachment).setParameter(2, application).getResultList();
        if (rows.isEmpty()) {
            throw notFound();
        }
        Object[] row = rows.get(0);
        // Always a download, never shown inline: a stored file must not run in the service's origin.
        return Response.ok(row[2], (String) row[1])
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode((String) row[0], StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    static HttpProblem notFound() {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such attachment")
                .withDetail("There is no such attachment on this application").build();
    }
}
