package se.socialkontakt.contact.contactcase;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.socialkontakt.events.ContactCaseLogged;
import se.socialkontakt.outbox.Outbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContactCaseService {
    private final Outbox outbox;
    private final Clock clock;

    ContactCaseService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ContactCase log(ContactCaseLogged.Channel channel, ContactCaseLogged.Category category, String summary,
            String agent) {
        ContactCase contactCase = new ContactCase();
        contactCase.id = UUID.randomUUID();
        contactCase.channel = channel;
        contactCase.category = category;
        contactCase.summary = summary;
        contactCase.loggedBy = agent;
        contactCase.loggedAt = clock.instant();
        contactCase.persist();
        outbox.publish(new ContactCaseLogged(contactCase.id, contactCase.loggedAt, channel, category));
        return contactCase;
    }

    public List<ContactCase> latest(int count) {
        return ContactCase.<ContactCase>findAll(Sort.descending("loggedAt")).page(0, count).list();
    }
}
