package se.socialkontakt.chat.conversation;

import io.quarkus.logging.Log;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import se.socialkontakt.chat.abuse.BlockService;
import se.socialkontakt.chat.delivery.ChatBus;
import se.socialkontakt.chat.delivery.ChatConnections;
import se.socialkontakt.chat.delivery.Signal;

import java.util.UUID;

/**
 * The young person's side of a conversation (docs/chat-protocol.md). The page proves it holds the conversation's
 * secret in its first frame; every message is acknowledged only once it is stored.
 */
@WebSocket(path = "/ws/chat/{conversationId}")
public class YouthSocket {
    static final CloseReason BLOCKED = new CloseReason(1008, "blocked");
    static final CloseReason NOT_YOURS = new CloseReason(1008, "unknown conversation or secret");
    static final CloseReason FOREIGN_ORIGIN = new CloseReason(1008, "origin not allowed");
    static final CloseReason NO_HELLO = new CloseReason(1008, "no hello");
    private static final TypedKey<Boolean> WELCOMED = TypedKey.forBoolean("welcomed");
    private static final TypedKey<Long> TYPED_AT = TypedKey.forLong("typedAt");
    private static final long TYPING_EVERY_NANOS = 1_500_000_000L;

    private final ConversationService conversations;
    private final ChatConnections connections;
    private final ChatBus bus;
    private final Frames frames;
    private final FrameReader reader;
    private final BlockService blocks;
    private final ChatGuard guard;
    private final Vertx vertx;

    YouthSocket(ConversationService conversations, ChatConnections connections, ChatBus bus, Frames frames,
            FrameReader reader, BlockService blocks, ChatGuard guard, Vertx vertx) {
        this.conversations = conversations;
        this.connections = connections;
        this.bus = bus;
        this.frames = frames;
        this.reader = reader;
        this.blocks = blocks;
        this.guard = guard;
        this.vertx = vertx;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        if (!guard.fromAllowedOrigin(connection)) {
            connection.close(FOREIGN_ORIGIN).await().indefinitely();
            return;
        }
        if (conversationOf(connection) == null) {
            connection.close(NOT_YOURS).await().indefinitely();
            return;
        }
        if (blocks.conversationIsBlocked(connection.handshakeRequest().remoteAddress(), conversationOf(connection))) {
            connection.close(BLOCKED).await().indefinitely();
            return;
        }
        // A socket that never says hello would otherwise stay open for good, kept alive by pings.
        vertx.setTimer(guard.helloWithin().toMillis(), timer -> {
            if (!Boolean.TRUE.equals(connection.userData().get(WELCOMED)) && connection.isOpen()) {
                connection.close(NO_HELLO).subscribe().with(done -> { }, failure -> { });
            }
        });
    }

    @OnTextMessage
    void receive(WebSocketConnection connection, String text) {
        UUID conversationId = conversationOf(connection);
        try {
            ClientFrame frame = reader.read(text);
            if (!Boolean.TRUE.equals(connection.userData().get(WELCOMED))) {
                hello(connection, conversationId, frame);
                return;
            }
            switch (frame.type()) {
                case "message" -> message(connection, conversationId, frame);
                case "typing" -> typing(connection, conversationId);
                case "leave" -> conversations.leave(conversationId);
                case "rating" -> {
                    if (frame.helped() == null || !conversations.rate(conversationId, frame.helped())) {
                        throw new ChatRefusal("not-rateable");
                    }
                }
                default -> throw new ChatRefusal("bad-frame");
            }
        } catch (ChatRefusal refusal) {
            ChatConnections.sendTo(connection, frames.error(refusal.code(), null, clientIdOf(text)));
        }
    }

    @OnClose
    void close(WebSocketConnection connection) {
        if (Boolean.TRUE.equals(connection.userData().get(WELCOMED))) {
            UUID conversationId = conversationOf(connection);
            if (!connections.removeYouth(conversationId, connection)) {
                conversations.youthAway(conversationId);
            }
        }
    }

    private void hello(WebSocketConnection connection, UUID conversationId, ClientFrame frame) {
        if (!"hello".equals(frame.type())) {
            connection.close(NOT_YOURS).await().indefinitely();
            return;
        }
        Conversation conversation = conversations.welcome(conversationId, frame.token()).orElse(null);
        if (conversation == null) {
            Log.debugf("A young person's page offered a wrong secret");
            connection.close(NOT_YOURS).await().indefinitely();
            return;
        }
        connection.userData().put(WELCOMED, true);
        // Registered before the replay is read: a message stored meanwhile arrives twice at most, never not at all;
        // the page drops a sequence number it already shows.
        connections.addYouth(conversationId, connection);
        ChatConnections.sendTo(connection, frames.youthWelcome(conversation.status));
        long lastSeq = frame.lastSeq() == null ? 0 : frame.lastSeq();
        conversations.messagesAfter(conversationId, lastSeq)
                .forEach(message -> ChatConnections.sendTo(connection, frames.message(message)));
        switch (conversation.status) {
            case QUEUED -> bus.publishNow(Signal.queueChanged());
            case ENDED, ABANDONED -> ChatConnections.sendTo(connection,
                    frames.ended(conversationId, conversation.endedBy));
            default -> {
                // Under way: the messages above are all the page needs.
            }
        }
    }

    private void message(WebSocketConnection connection, UUID conversationId, ClientFrame frame) {
        UUID clientId = FrameReader.required(frame.clientId());
        String text = reader.text(frame);
        if (!guard.mayPost(conversationId)) {
            throw new ChatRefusal("rate-limited");
        }
        long seq = conversations.post(conversationId, Sender.YOUTH, null, clientId, text);
        ChatConnections.sendTo(connection, frames.ack(null, clientId, seq));
    }

    private void typing(WebSocketConnection connection, UUID conversationId) {
        long now = System.nanoTime();
        Long last = connection.userData().get(TYPED_AT);
        if (last == null || now - last > TYPING_EVERY_NANOS) {
            connection.userData().put(TYPED_AT, now);
            bus.publishNow(Signal.toConversation(Signal.Route.STAFF, conversationId,
                    frames.typing(conversationId, Sender.YOUTH)));
        }
    }

    /** The conversation in the path; null when the path holds no id. */
    private static UUID conversationOf(WebSocketConnection connection) {
        try {
            return UUID.fromString(connection.pathParam("conversationId"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The client id of a refused message frame, so the page can mark that message as not sent. */
    private UUID clientIdOf(String text) {
        try {
            return reader.read(text).clientId();
        } catch (ChatRefusal notReadable) {
            return null;
        }
    }
}
