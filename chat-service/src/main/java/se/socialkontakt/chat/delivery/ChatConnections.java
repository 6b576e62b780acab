package se.socialkontakt.chat.delivery;

import io.quarkus.logging.Log;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The WebSocket connections this instance holds, and who is in which conversation: the one place frames are
 * written to sockets (the channel-holder seam the tests and the cross-instance bus deliver through).
 */
@ApplicationScoped
public class ChatConnections {
    /** A connected console: a counsellor's or supervisor's browser tab. */
    public record Console(WebSocketConnection connection, String user, boolean supervisor) {
    }

    private final Map<UUID, Map<String, WebSocketConnection>> youth = new ConcurrentHashMap<>();
    private final Map<UUID, Map<String, WebSocketConnection>> followers = new ConcurrentHashMap<>();
    private final Map<String, Console> consoles = new ConcurrentHashMap<>();

    public void addYouth(UUID conversationId, WebSocketConnection connection) {
        youth.computeIfAbsent(conversationId, id -> new ConcurrentHashMap<>()).put(connection.id(), connection);
    }

    /** Returns whether the young person still has another connection to this instance. */
    public boolean removeYouth(UUID conversationId, WebSocketConnection connection) {
        Map<String, WebSocketConnection> left = youth.computeIfPresent(conversationId, (id, connections) -> {
            connections.remove(connection.id());
            return connections.isEmpty() ? null : connections;
        });
        return left != null;
    }

    public Set<UUID> conversationsWithYouth() {
        return youth.keySet();
    }

    public void addConsole(WebSocketConnection connection, String user, boolean supervisor) {
        consoles.put(connection.id(), new Console(connection, user, supervisor));
    }

    /** Returns whether the user still has another console on this instance. */
    public boolean removeConsole(WebSocketConnection connection) {
        Console console = consoles.remove(connection.id());
        followers.values().forEach(connections -> connections.remove(connection.id()));
        followers.values().removeIf(Map::isEmpty);
        return console != null && consoles.values().stream().anyMatch(c -> c.user().equals(console.user()));
    }

    public Collection<Console> consoles() {
        return consoles.values();
    }

    public Set<String> connectedUsers() {
        return Set.copyOf(consoles.values().stream().map(Console::user).toList());
    }

    public void follow(UUID conversationId, WebSocketConnection connection) {
        followers.computeIfAbsent(conversationId, id -> new ConcurrentHashMap<>()).put(connection.id(), connection);
    }

    /** Forgets a finished conversation's followers (the young person may stay to answer "did this help?"). */
    public void forgetFollowers(UUID conversationId) {
        followers.remove(conversationId);
    }

    public void deliver(Signal signal) {
        switch (signal.route()) {
            case YOUTH -> youthOf(signal.conversationId()).forEach(send(signal.frame()));
            case STAFF -> followersOf(signal.conversationId()).forEach(send(signal.frame()));
            case ALL -> {
                youthOf(signal.conversationId()).forEach(send(signal.frame()));
                followersOf(signal.conversationId()).forEach(send(signal.frame()));
            }
            case ASSIGN -> consolesOf(signal.user()).forEach(connection -> {
                follow(signal.conversationId(), connection);
                send(signal.frame()).accept(connection);
            });
            case RELEASE -> consolesOf(signal.user()).forEach(connection -> {
                Map<String, WebSocketConnection> following = followers.get(signal.conversationId());
                if (following != null) {
                    following.remove(connection.id());
                }
                send(signal.frame()).accept(connection);
            });
            case SUPERVISORS -> consoles.values().stream().filter(Console::supervisor)
                    .forEach(console -> send(signal.frame()).accept(console.connection()));
            case QUEUE -> throw new IllegalArgumentException("The queue signal carries no frame");
        }
    }

    /** Asks every client to reconnect (1012: service restart), which replays what they missed. */
    public void closeAll() {
        youth.values().forEach(map -> map.values().forEach(ChatConnections::closeForRestart));
        consoles.values().forEach(console -> closeForRestart(console.connection()));
    }

    private static void closeForRestart(WebSocketConnection connection) {
        connection.close(new CloseReason(1012, "resynchronise")).subscribe().with(closed -> {
        }, failure -> Log.debugf("Closing a connection failed: %s", failure.getMessage()));
    }

    public static void sendTo(WebSocketConnection connection, String frame) {
        send(frame).accept(connection);
    }

    private static Consumer<WebSocketConnection> send(String frame) {
        return connection -> {
            if (connection.isOpen()) {
                connection.sendText(frame).subscribe().with(sent -> {
                }, failure -> Log.debugf("A frame to a closing connection was dropped: %s", failure.getMessage()));
            }
        };
    }

    private Collection<WebSocketConnection> youthOf(UUID conversationId) {
        return youth.getOrDefault(conversationId, Map.of()).values();
    }

    private Collection<WebSocketConnection> followersOf(UUID conversationId) {
        return followers.getOrDefault(conversationId, Map.of()).values();
    }

    private List<WebSocketConnection> consolesOf(String user) {
        return consoles.values().stream().filter(c -> c.user().equals(user)).map(Console::connection).toList();
    }
}
