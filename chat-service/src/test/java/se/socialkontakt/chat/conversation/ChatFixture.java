package se.socialkontakt.chat.conversation;

import io.restassured.http.ContentType;
import se.socialkontakt.testsupport.ChatSocket;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Starts conversations and connects the two sides of the chat protocol against a running chat-service. */
public final class ChatFixture {
    private final URI base;

    /** {@code base} is the service's HTTP root, e.g. the test's {@code @TestHTTPResource("/") URI}. */
    public ChatFixture(URI base) {
        this.base = base;
    }

    /** {@code browserKey}: the key the young person's browser keeps, as the page sends it. */
    public record Started(UUID id, String token, String browserKey) {
    }

    public Started request(String ageBand) {
        return request(ageBand, YouthToken.create());
    }

    /** A request from the browser that keeps this key. */
    public Started request(String ageBand, String browserKey) {
        var response = given().baseUri(base.toString()).contentType(ContentType.JSON)
                .body(Map.of("ageBand", ageBand, "browserKey", browserKey)).post("/api/conversations")
                .then().statusCode(201).extract();
        return new Started(UUID.fromString(response.path("id")), response.path("token"), browserKey);
    }

    /** The young person's page, connected and past its hello. */
    public ChatSocket youth(Started conversation, long lastSeq) {
        ChatSocket socket = ChatSocket.connect(ws("/ws/chat/" + conversation.id()), null);
        socket.send(Map.of("type", "hello", "token", conversation.token(), "lastSeq", lastSeq));
        socket.await("welcome");
        return socket;
    }

    /** A console of the demo user, connected and available. */
    public ChatSocket console(String user) {
        ChatSocket socket = ChatSocket.connect(ws("/ws/console"), KeycloakTokens.accessTokenOf(user));
        socket.await("welcome");
        socket.send(Map.of("type", "availability", "available", true));
        socket.await("availability");
        return socket;
    }

    public URI ws(String path) {
        return URI.create(base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + path);
    }

    public static Map<String, Object> message(String text) {
        return Map.of("type", "message", "clientId", UUID.randomUUID().toString(), "text", text);
    }

    public static Map<String, Object> message(UUID conversationId, String text) {
        return Map.of("type", "message", "conversationId", conversationId.toString(), "clientId",
                UUID.randomUUID().toString(), "text", text);
    }
}
