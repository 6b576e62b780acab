package se.socialkontakt.contact.mycontacts;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.socialkontakt.contact.contactcase.ContactCase;
import se.socialkontakt.contact.feedback.Feedback;
import se.socialkontakt.support.identity.ResidentIdentity;

import java.util.UUID;

/**
 * "Mina kontakter": the signed-in resident's own questions and feedback, sent through the public forms while signed
 * in with e-ID, with the answers that reached them. Only the caller's own: anyone else's answers 404, as if it did
 * not exist. Residents read their own data, so nothing here is audited.
 */
@Path("/api/my-contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("resident")
public class MyContactsResource {
    private final ResidentIdentity resident;

    MyContactsResource(ResidentIdentity resident) {
        this.resident = resident;
    }

    @GET
    @Transactional
    public MyContacts myContacts() {
        String me = resident.identityNumber();
        return new MyContacts(
                ContactCase.<ContactCase>list("resident", Sort.descending("openedAt"), me).stream()
                        .map(MyContacts.Question::of).toList(),
                Feedback.<Feedback>list("resident", Sort.descending("receivedAt"), me).stream()
                        .map(MyContacts.SentFeedback::of).toList());
    }

    @GET
    @Path("/questions/{id}")
    @Transactional
    public MyContacts.Question myQuestion(@PathParam("id") UUID id) {
        return ContactCase.<ContactCase>find("id = ?1 and resident = ?2", id, resident.identityNumber())
                .firstResultOptional().map(MyContacts.Question::of).orElseThrow(MyContacts::notYours);
    }

    @GET
    @Path("/feedback/{id}")
    @Transactional
    public MyContacts.SentFeedback myFeedback(@PathParam("id") UUID id) {
        return Feedback.<Feedback>find("id = ?1 and resident = ?2", id, resident.identityNumber())
                .firstResultOptional().map(MyContacts.SentFeedback::of).orElseThrow(MyContacts::notYours);
    }
}
