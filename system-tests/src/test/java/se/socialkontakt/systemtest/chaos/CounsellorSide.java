package se.socialkontakt.systemtest.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import se.socialkontakt.events.EventType;
import se.socialkontakt.testsupport.ChatSocket;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A counsellor's console for one conversation: signed in with a fresh token, available, and once the conversation is
 * taken, resuming it after each reconnect.
 */
final class CounsellorSide extends ChatSide {
    private final String user;
    private final Tokens tokens;
    private boolean assigned;
    private boolean ended;

    CounsellorSide(UUID conversation, String user, Tokens tokens, Ledger ledger) {
        super(conversation, ledger, "COUNSELLOR");
        this.user = user;
        this.tokens = tokens;
    }

    @Override
    void connect() {
        socket = ChatSocket.connect(CHAT_SOCKETS.resolve("/ws/console"), tokens.of(user));
        socket.await("welcome");
        socket.send(frame("type", "availability", "available", true));
        socket.await("availability");
        if (assigned) {
            socket.send(frame("type", "resume", "conversationId", conversation.toString(), "lastSeq", lastSeq));
            socket.await("assigned", this::aboutThisConversation);
        }
    }

    /**
     * Takes the conversation from the queue. An accept whose answer was lost with its socket is answered "taken"
     * when sent again: the conversation is then this counsellor's, and a reconnect resumes it.
     */
    void take() {
        step("assignment", () -> {
            if (!assigned) {
                socket.send(frame("type", "accept", "conversationId", conversation.toString()));
                try {
                    socket.await("assigned", this::aboutThisConversation);
                } catch (AssertionError noAssignment) {
                    assigned = refused("taken");
                    throw noAssignment;
                }
            }
            assigned = true;
        });
        ledger.expect(conversation, EventType.CHAT_CONVERSATION_STARTED);
    }

    /**
     * Ends the conversation. An end whose answer was lost with its socket is refused as "ended" when sent again
     * (and the resume replays the end).
     */
    void end() {
        step("end", () -> {
            if (!ended) {
                socket.send(frame("type", "end", "conversationId", conversation.toString(), "topics",
                        List.of("SCHOOL")));
                try {
                    socket.await("ended", this::aboutThisConversation);
                } catch (AssertionError noEnd) {
                    ended = refused("ended");
                    throw noEnd;
                }
            }
            ended = true;
        });
        ledger.expect(conversation, EventType.CHAT_CONVERSATION_ENDED);
        ledger.expectStored("chat", "conversation", conversation, "ENDED");
    }

    @Override
    Map<String, Object> messageFrame(UUID clientId, String text) {
        return frame("type", "message", "conversationId", conversation.toString(), "clientId", clientId.toString(),
                "text", text);
    }

    /** Whether the chat refused a frame with this code; only once nothing else is awaited from this socket. */
    private boolean refused(String code) {
        return socket.received().stream().anyMatch(frame -> "error".equals(frame.path("type").asText())
                && code.equals(frame.path("code").asText()));
    }

    private boolean aboutThisConversation(JsonNode frame) {
        return !frame.has("conversationId") || conversation.toString().equals(frame.path("conversationId").asText());
    }
}
