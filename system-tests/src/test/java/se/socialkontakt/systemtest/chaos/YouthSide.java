package se.socialkontakt.systemtest.chaos;

import se.socialkontakt.testsupport.ChatSocket;

import java.util.Map;
import java.util.UUID;

/** The young person's page: the conversation's own socket, signed in with the conversation's token. */
final class YouthSide extends ChatSide {
    private final String token;

    YouthSide(UUID conversation, String token, Ledger ledger) {
        super(conversation, ledger, "YOUTH");
        this.token = token;
    }

    @Override
    void connect() {
        socket = ChatSocket.connect(CHAT_SOCKETS.resolve("/ws/chat/" + conversation), null);
        socket.send(frame("type", "hello", "token", token, "lastSeq", lastSeq));
        socket.await("welcome");
    }

    @Override
    Map<String, Object> messageFrame(UUID clientId, String text) {
        return frame("type", "message", "clientId", clientId.toString(), "text", text);
    }
}
