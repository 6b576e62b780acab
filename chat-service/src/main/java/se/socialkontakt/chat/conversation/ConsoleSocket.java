package se.socialkontakt.chat.conversation;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.security.RolesAllowed;
import se.socialkontakt.chat.conversation.CounsellingService.Staff;
import se.socialkontakt.chat.delivery.ChatConnections;
import se.socialkontakt.chat.queue.PresenceService;
import se.socialkontakt.chat.queue.QueueBroadcaster;
import se.socialkontakt.chat.queue.QueueService;
import se.socialkontakt.chat.risk.RiskService;
import se.socialkontakt.support.limits.RateAllowance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The counsellors' and supervisors' console (docs/chat-protocol.md); the upgrade needs a Keycloak token. */
@WebSocket(path = "/ws/console")
@RolesAllowed({ "counsellor", "supervisor" })
public class ConsoleSocket {
    private static final TypedKey<RateAllowance> ALLOWANCE = new TypedKey<>("allowance");

    private final SecurityIdentity identity;
    private final CounsellingService counselling;
    private final ConversationService conversations;
    private final PresenceService presence;
    private final QueueService queue;
    private final QueueBroadcaster queueBroadcaster;
    private final RiskService risk;
    private final ChatConnections connections;
    private final Frames frames;
    private final FrameReader reader;
    private final MessageLimits limits;
    private final ChatGuard guard;

    ConsoleSocket(SecurityIdentity identity, CounsellingService counselling, ConversationService conversations,
            PresenceService presence, QueueService queue, QueueBroadcaster queueBroadcaster, RiskService risk,
            ChatConnections connections, Frames frames, FrameReader reader, MessageLimits limits, ChatGuard guard) {
        this.identity = identity;
        this.counselling = counselling;
        this.conversations = conversations;
        this.presence = presence;
        this.queue = queue;
        this.queueBroadcaster = queueBroadcaster;
        this.risk = risk;
        this.connections = connections;
        this.frames = frames;
        this.reader = reader;
        this.limits = limits;
        this.guard = guard;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        if (!guard.fromAllowedOrigin(connection)) {
            connection.close(YouthSocket.FOREIGN_ORIGIN).await().indefinitely();
            return;
        }
        Staff staff = staff();
        connection.userData().put(ALLOWANCE, limits.newAllowance());
        connections.addConsole(connection, staff.user(), staff.supervisor());
        List<String> roles = identity.getRoles().stream()
                .filter(role -> role.equals("counsellor") || role.equals("supervisor")).sorted().toList();
        ChatConnections.sendTo(connection, frames.consoleWelcome(staff.user(), roles, queue.placesPerCounsellor(),
                counselling.heldBy(staff.user())));
        ChatConnections.sendTo(connection, queueBroadcaster.currentList());
        if (staff.supervisor()) {
            risk.openAlerts().forEach(alert -> ChatConnections.sendTo(connection, alert));
        }
    }

    @OnTextMessage
    void receive(WebSocketConnection connection, String text) {
        Staff staff = staff();
        UUID conversationId = null;
        UUID clientId = null;
        try {
            ClientFrame frame = reader.read(text);
            conversationId = frame.conversationId();
            clientId = frame.clientId();
            switch (frame.type()) {
                case "availability" -> availability(connection, staff, Boolean.TRUE.equals(frame.available()));
                case "accept" -> accept(connection, staff, conversationId);
                case "resume" -> resume(connection, staff, FrameReader.required(conversationId), frame.lastSeq());
                case "message" -> message(connection, staff, FrameReader.required(conversationId), frame);
                case "typing" -> counselling.typing(staff, FrameReader.required(conversationId));
                case "note" -> counselling.note(staff, FrameReader.required(conversationId), reader.text(frame));
                case "end" -> counselling.end(staff, FrameReader.required(conversationId),
                        frame.topics() == null ? List.of() : frame.topics());
                case "transfer" -> counselling.transfer(staff, FrameReader.required(conversationId), frame.to());
                case "escalate" -> counselling.escalate(staff, FrameReader.required(conversationId));
                case "join" -> join(connection, staff, FrameReader.required(conversationId),
                        !Boolean.FALSE.equals(frame.silent()));
                default -> throw new ChatRefusal("bad-frame");
            }
        } catch (ChatRefusal refusal) {
            ChatConnections.sendTo(connection, frames.error(refusal.code(), conversationId, clientId));
        }
    }

    @OnClose
    void close(WebSocketConnection connection) {
        if (!connections.removeConsole(connection)) {
            presence.disconnected(staff().user());
        }
    }

    private void availability(WebSocketConnection connection, Staff staff, boolean available) {
        presence.setAvailable(staff.user(), available);
        ChatConnections.sendTo(connection, frames.availability(available));
    }

    private void accept(WebSocketConnection connection, Staff staff, UUID wanted) {
        Conversation conversation = counselling.accept(staff.user(), Optional.ofNullable(wanted))
                .orElseThrow(() -> new ChatRefusal(wanted == null ? "queue-empty" : "taken"));
        connections.follow(conversation.id, connection);
        ChatConnections.sendTo(connection, frames.assigned(conversation, false));
        replay(connection, conversation.id, 0);
    }

    private void resume(WebSocketConnection connection, Staff staff, UUID conversationId, Long lastSeq) {
        Conversation conversation = counselling.resume(staff, conversationId);
        connections.follow(conversationId, connection);
        ChatConnections.sendTo(connection, frames.assigned(conversation, false));
        replay(connection, conversationId, lastSeq == null ? 0 : lastSeq);
        counselling.notes(staff, conversationId).forEach(note -> ChatConnections.sendTo(connection, frames.note(note)));
        if (!conversation.isOpen()) {
            ChatConnections.sendTo(connection, frames.ended(conversationId, conversation.endedBy));
        }
    }

    private void join(WebSocketConnection connection, Staff staff, UUID conversationId, boolean silent) {
        Conversation conversation = counselling.join(staff, conversationId, silent);
        connections.follow(conversationId, connection);
        ChatConnections.sendTo(connection, frames.assigned(conversation, silent));
        replay(connection, conversationId, 0);
        counselling.notes(staff, conversationId).forEach(note -> ChatConnections.sendTo(connection, frames.note(note)));
    }

    private void message(WebSocketConnection connection, Staff staff, UUID conversationId, ClientFrame frame) {
        UUID clientId = FrameReader.required(frame.clientId());
        String text = reader.text(frame);
        if (!connection.userData().get(ALLOWANCE).tryTake()) {
            throw new ChatRefusal("rate-limited");
        }
        long seq = counselling.post(staff, conversationId, clientId, text);
        ChatConnections.sendTo(connection, frames.ack(conversationId, clientId, seq));
    }

    private void replay(WebSocketConnection connection, UUID conversationId, long afterSeq) {
        conversations.messagesAfter(conversationId, afterSeq)
                .forEach(message -> ChatConnections.sendTo(connection, frames.message(message)));
    }

    private Staff staff() {
        return new Staff(identity.getPrincipal().getName(), identity.hasRole("supervisor"));
    }
}
