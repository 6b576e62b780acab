package se.socialkontakt.chat.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.events.ChatConversationEnded.EndedBy;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;
import se.socialkontakt.events.ChatTopic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The frames chat-service sends over its WebSockets (see docs/chat-protocol.md), written as JSON text. */
@ApplicationScoped
public class Frames {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(String type, UUID conversationId, long seq, UUID clientId, Sender from, String text,
            Instant sentAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ack(String type, UUID conversationId, UUID clientId, long seq) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Typing(String type, UUID conversationId, Sender from) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ended(String type, UUID conversationId, EndedBy by) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Status(String type, UUID conversationId, Conversation.Status status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String type, String code, UUID conversationId, UUID clientId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assigned(String type, UUID conversationId, AgeBand ageBand, ChatTopic topic,
            Conversation.RiskLevel risk, boolean practice, Conversation.Status status, String counsellor,
            Instant requestedAt, boolean silent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Released(String type, UUID conversationId, String to) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Note(String type, UUID conversationId, String author, String text, Instant sentAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Alert(String type, UUID conversationId, Conversation.RiskLevel level, String reason, String by) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Joined(String type, UUID conversationId, Sender role) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** To a console, {@code held} lists the conversations its user holds, to follow whatever the browser forgot. */
    public record Welcome(String type, Conversation.Status status, String user, List<String> roles,
            Integer maxConversations, List<UUID> held) {
    }

    public record Availability(String type, boolean available) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Position(String type, int position, Integer estimatedWaitMinutes, int counsellorsOnline) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QueueList(String type, List<QueueEntry> entries, int total, int counsellorsOnline) {
    }

    public record QueueEntry(UUID conversationId, long waitedSeconds, AgeBand ageBand, ChatTopic topic,
            Conversation.RiskLevel risk, boolean practice) {
    }

    private final ObjectMapper json;

    Frames(ObjectMapper json) {
        this.json = json;
    }

    public String message(ChatMessage message) {
        return message(message.key.conversationId(), message.key.seq(), message.clientId, message.sender, message.body,
                message.sentAt);
    }

    public String message(UUID conversationId, long seq, UUID clientId, Sender from, String text, Instant sentAt) {
        return write(new Message("message", conversationId, seq, clientId, from, text, sentAt));
    }

    public String ack(UUID conversationId, UUID clientId, long seq) {
        return write(new Ack("ack", conversationId, clientId, seq));
    }

    public String typing(UUID conversationId, Sender from) {
        return write(new Typing("typing", conversationId, from));
    }

    public String ended(UUID conversationId, EndedBy by) {
        return write(new Ended("ended", conversationId, by));
    }

    public String started(UUID conversationId) {
        return write(new Status("started", conversationId, Conversation.Status.ACTIVE));
    }

    public String error(String code) {
        return error(code, null, null);
    }

    public String error(String code, UUID conversationId, UUID clientId) {
        return write(new Error("error", code, conversationId, clientId));
    }

    public String assigned(Conversation conversation, boolean silent) {
        return write(new Assigned("assigned", conversation.id, conversation.ageBand, conversation.topic,
                conversation.riskLevel, conversation.practice, conversation.status, conversation.counsellor,
                conversation.requestedAt, silent));
    }

    public String released(UUID conversationId, String to) {
        return write(new Released("released", conversationId, to));
    }

    public String note(ChatNote note) {
        return write(new Note("note", note.conversationId, note.author, note.body, note.writtenAt));
    }

    public String alert(UUID conversationId, Conversation.RiskLevel level, String reason, String by) {
        return write(new Alert("alert", conversationId, level, reason, by));
    }

    public String joined(UUID conversationId) {
        return write(new Joined("joined", conversationId, Sender.SUPERVISOR));
    }

    public String youthWelcome(Conversation.Status status) {
        return write(new Welcome("welcome", status, null, null, null, null));
    }

    public String consoleWelcome(String user, List<String> roles, int maxConversations, List<UUID> held) {
        return write(new Welcome("welcome", null, user, roles, maxConversations, held));
    }

    public String availability(boolean available) {
        return write(new Availability("availability", available));
    }

    public String position(int position, Integer estimatedWaitMinutes, int counsellorsOnline) {
        return write(new Position("queue", position, estimatedWaitMinutes, counsellorsOnline));
    }

    public String queue(List<QueueEntry> entries, int total, int counsellorsOnline) {
        return write(new QueueList("queue", entries, total, counsellorsOnline));
    }

    private String write(Object frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A frame could not be written", e);
        }
    }
}
