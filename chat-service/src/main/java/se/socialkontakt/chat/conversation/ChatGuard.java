package se.socialkontakt.chat.conversation;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.support.limits.KeyedRates;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What the chat checks before it trusts a caller: that a browser opened a socket from the chat's own pages (a page
 * elsewhere could otherwise drive a counsellor's signed-in console, or speak for a young person), that a young
 * person's page says hello in time, that one conversation's messages keep to one rate however many connections it
 * has on this instance, and that one address does not open conversations faster than a school full of pupils would.
 * The rates are kept in memory only.
 */
@ApplicationScoped
public class ChatGuard {
    private final List<String> allowedOrigins;
    private final Duration helloWithin;
    private final KeyedRates<UUID> conversationRates;
    private final KeyedRates<String> requestRates;

    ChatGuard(@ConfigProperty(name = "socialkontakt.chat.allowed-origins") List<String> allowedOrigins,
            @ConfigProperty(name = "socialkontakt.chat.youth.hello-within") Duration helloWithin,
            @ConfigProperty(name = "socialkontakt.chat.requests.burst") int requestBurst,
            @ConfigProperty(name = "socialkontakt.chat.requests.per-minute") int requestsPerMinute,
            MessageLimits limits) {
        this.allowedOrigins = allowedOrigins;
        this.helloWithin = helloWithin;
        this.conversationRates = new KeyedRates<>(limits.burst(), limits.perMinute());
        this.requestRates = new KeyedRates<>(requestBurst, requestsPerMinute);
    }

    /** Whether this address may open one more conversation now (an unknown address is not limited here). */
    public boolean mayRequest(String address) {
        return address == null || requestRates.tryTake(address);
    }

    /**
     * Whether the connection may stay: a browser always names the page it comes from, and it must be one of the
     * chat's; a program that names none is let through to the token or secret the socket asks for next.
     */
    public boolean fromAllowedOrigin(WebSocketConnection connection) {
        String origin = connection.handshakeRequest().header("Origin");
        return origin == null || allowedOrigins.contains(origin);
    }

    public Duration helloWithin() {
        return helloWithin;
    }

    /** Whether the conversation may have one more message from the young person now. */
    public boolean mayPost(UUID conversationId) {
        return conversationRates.tryTake(conversationId);
    }

    @Scheduled(every = "10m")
    void forgetOld() {
        conversationRates.forgetOld();
        requestRates.forgetOld();
    }
}
