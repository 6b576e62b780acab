package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** A resident read a public FAQ article. */
public record FaqArticleViewed(UUID articleId, Instant viewedAt) implements EventData {

    @Override
    public UUID aggregateId() {
        return articleId;
    }
}
