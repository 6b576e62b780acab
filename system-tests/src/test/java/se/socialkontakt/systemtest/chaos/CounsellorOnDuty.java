package se.socialkontakt.systemtest.chaos;

import se.socialkontakt.testsupport.ChatSocket;

import java.time.Duration;
import java.util.Map;

/**
 * A counsellor's console kept open and available during the load: the chat takes a young person's request only
 * while some counsellor is. Opened again when its instance dies, and before its token expires (the new console
 * first, so that no request meets an empty room).
 */
final class CounsellorOnDuty implements AutoCloseable {
    private static final String USER = "counsellor";
    private static final Duration RENEW_AFTER = Duration.ofMinutes(2);

    private final Tokens tokens;
    private final Thread keeper;
    private volatile boolean onDuty = true;
    private ChatSocket console;
    private long openedAt;

    CounsellorOnDuty(Tokens tokens) {
        this.tokens = tokens;
        this.keeper = Thread.ofVirtual().name("counsellor-on-duty").start(this::keep);
    }

    private void keep() {
        while (onDuty) {
            if (console == null || console.isClosed() || System.nanoTime() - openedAt > RENEW_AFTER.toNanos()) {
                try {
                    ChatSocket renewed = ChatSocket.connect(ChatSide.CHAT_SOCKETS.resolve("/ws/console"),
                            tokens.of(USER));
                    renewed.await("welcome");
                    renewed.send(Map.of("type", "availability", "available", true));
                    renewed.await("availability");
                    closeQuietly(console);
                    console = renewed;
                    openedAt = System.nanoTime();
                } catch (IllegalStateException | AssertionError instanceDown) {
                    // tried again below, once the balancer sends to an instance that is up
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void closeQuietly(ChatSocket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (RuntimeException alreadyBroken) {
                // its instance is gone
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        onDuty = false;
        keeper.interrupt();
        keeper.join();
        closeQuietly(console);
    }
}
