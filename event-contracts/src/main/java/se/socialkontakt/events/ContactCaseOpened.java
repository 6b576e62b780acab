package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A first contact from a resident was registered, through any channel. Category and target group are codes from
 * the contact center's admin-kept lists; what the resident said stays in the contact center.
 */
public record ContactCaseOpened(UUID caseId, Instant openedAt, Channel channel, String category, String targetGroup)
        implements EventData {

    public enum Channel {
        PHONE, EMAIL, WEB_FORM, CHAT, VISIT, SOCIAL_MEDIA
    }

    @Override
    public UUID aggregateId() {
        return caseId;
    }
}
