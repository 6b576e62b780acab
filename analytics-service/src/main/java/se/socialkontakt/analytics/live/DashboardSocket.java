package se.socialkontakt.analytics.live;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.security.RolesAllowed;

/**
 * The dashboard's live channel: it says "changed" when new events are stored, and the page fetches the figures it
 * shows again. Browsers send their token as a subprotocol (as the chat console does).
 */
@WebSocket(path = "/ws/dashboard")
@RolesAllowed({ "manager", "admin" })
public class DashboardSocket {
    private final Dashboards dashboards;

    DashboardSocket(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @OnOpen
    String open(WebSocketConnection connection) {
        dashboards.add(connection);
        return "{\"type\":\"welcome\"}";
    }

    @OnClose
    void close(WebSocketConnection connection) {
        dashboards.remove(connection);
    }
}
