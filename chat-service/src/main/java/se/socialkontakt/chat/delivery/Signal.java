package se.socialkontakt.chat.delivery;

import java.util.UUID;

/**
 * Something every chat-service instance must pass on to the WebSocket connections it holds: a frame for the people
 * in a conversation, for one staff member, for the supervisors, or word that the queue changed.
 */
public record Signal(Route route, UUID conversationId, String user, String frame) {

    public enum Route {
        /** To the young person of the conversation. */
        YOUTH,
        /** To the staff following the conversation. */
        STAFF,
        /** To everyone in the conversation. */
        ALL,
        /** To every console of {@code user}, who from now on follows the conversation. */
        ASSIGN,
        /** To every console of {@code user}, who no longer follows the conversation. */
        RELEASE,
        /** To every supervisor's console. */
        SUPERVISORS,
        /** The queue changed: positions and the consoles' queue lists are sent again. No frame. */
        QUEUE
    }

    public static Signal toConversation(Route route, UUID conversationId, String frame) {
        return new Signal(route, conversationId, null, frame);
    }

    public static Signal toUser(Route route, UUID conversationId, String user, String frame) {
        return new Signal(route, conversationId, user, frame);
    }

    public static Signal toSupervisors(String frame) {
        return new Signal(Route.SUPERVISORS, null, null, frame);
    }

    public static Signal queueChanged() {
        return new Signal(Route.QUEUE, null, null, null);
    }
}
