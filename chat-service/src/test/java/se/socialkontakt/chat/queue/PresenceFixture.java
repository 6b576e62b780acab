package se.socialkontakt.chat.queue;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;

/**
 * Makes a counsellor count as online without a console, as another chat-service instance would vouch for them;
 * for tests of what happens before anyone answers.
 */
public final class PresenceFixture {
    private static final String ELSEWHERE = "test-instance-elsewhere";

    private PresenceFixture() {
    }

    public static void online(String user) {
        QuarkusTransaction.requiringNew().run(() -> {
            Presence presence = Presence.findById(new Presence.Key(ELSEWHERE, user));
            if (presence == null) {
                presence = new Presence();
                presence.key = new Presence.Key(ELSEWHERE, user);
            }
            presence.available = true;
            presence.seenAt = Instant.now();
            presence.persist();
        });
    }

    public static void nobodyOnline() {
        QuarkusTransaction.requiringNew().run(() -> Presence.deleteAll());
    }
}
