package se.socialkontakt.chat.conversation;

import se.socialkontakt.events.ChatTopic;

import java.util.List;
import java.util.UUID;

/** Any frame a young person's page or a console sends; which fields matter depends on {@code type}. */
public record ClientFrame(String type, String token, Long lastSeq, UUID clientId, String text, UUID conversationId,
        Boolean available, List<ChatTopic> topics, String to, Boolean silent, Boolean helped) {
}
