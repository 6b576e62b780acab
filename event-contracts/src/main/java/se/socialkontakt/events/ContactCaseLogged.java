package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** A contact-center agent logged a first contact from a resident. */
public record ContactCaseLogged(UUID caseId, Instant loggedAt, Channel channel, Category category)
        implements EventData {

    public enum Channel {
        PHONE, EMAIL, WEB_FORM, CHAT, VISIT, SOCIAL_MEDIA
    }

    public enum Category {
        ADVICE, HOUSING, ELDERLY_CARE, DISABILITY, FINANCIAL_AID, CHILDREN_AND_FAMILY, ADDICTION, OTHER
    }

    @Override
    public UUID aggregateId() {
        return caseId;
    }
}
