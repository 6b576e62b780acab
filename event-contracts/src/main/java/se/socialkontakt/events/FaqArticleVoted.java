package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** A reader answered "did this help?" on a public FAQ article. */
public record FaqArticleVoted(UUID articleId, Instant votedAt, boolean helpful) implements EventData {

    @Override
    public UUID aggregateId() {
        return articleId;
    }
}
