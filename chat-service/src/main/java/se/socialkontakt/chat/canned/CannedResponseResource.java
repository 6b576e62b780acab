package se.socialkontakt.chat.canned;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** The editable list of canned responses: counsellors read it, supervisors and admins replace it. */
@Path("/api/canned-responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CannedResponseResource {

    public record Phrase(@NotNull CannedResponse.Category category, @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 2000) String body) {
    }

    @GET
    @RolesAllowed({ "counsellor", "supervisor", "admin" })
    public List<Phrase> cannedResponses() {
        return CannedResponse.<CannedResponse>listAll(Sort.by("position")).stream()
                .map(c -> new Phrase(c.category, c.title, c.body)).toList();
    }

    /** Replaces the whole list, in the order given. */
    @PUT
    @RolesAllowed({ "supervisor", "admin" })
    @Transactional
    public List<Phrase> replaceCannedResponses(@NotNull @Size(max = 200) List<@Valid @NotNull Phrase> phrases) {
        CannedResponse.deleteAll();
        for (int i = 0; i < phrases.size(); i++) {
            CannedResponse response = new CannedResponse();
            response.id = UUID.randomUUID();
            response.category = phrases.get(i).category();
            response.title = phrases.get(i).title().strip();
            response.body = phrases.get(i).body().strip();
            response.position = i + 1;
            response.persist();
        }
        return cannedResponses();
    }
}
