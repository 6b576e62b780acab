package se.socialkontakt.support.unavailable;

import java.time.Duration;
import java.util.concurrent.Callable;

import io.quarkus.logging.Log;

/**
 * Calls again, with growing pauses, what failed because the database could not be reached; anything else fails at
 * once. It gives up after about 45 seconds: the Kafka connector fails a channel whose record stays unacknowledged for
 * 60 s anyway, and a longer outage is the orchestrator's to handle (liveness DOWN, a restart that waits for the
 * database).
 */
final class DatabaseWait {
    static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(45);

    private final Duration firstPause;
    private final Duration longestPause;
    private final Duration giveUpAfter;

    DatabaseWait() {
        this(FIRST_PAUSE, LONGEST_PAUSE, GIVE_UP_AFTER);
    }

    DatabaseWait(Duration firstPause, Duration longestPause, Duration giveUpAfter) {
        this.firstPause = firstPause;
        this.longestPause = longestPause;
        this.giveUpAfter = giveUpAfter;
    }

    <T> T call(Callable<T> action) throws Exception {
        long giveUpAt = System.nanoTime() + giveUpAfter.toNanos();
        Duration pause = firstPause;
        while (true) {
            try {
                return action.call();
            } catch (Exception failure) {
                var unreachable = DatabaseUnreachable.cause(failure);
                if (unreachable.isEmpty() || System.nanoTime() + pause.toNanos() > giveUpAt) {
                    throw failure;
                }
                Log.warnf("The database cannot be reached (%s); trying again in %d ms", unreachable.get(),
                        pause.toMillis());
                Thread.sleep(pause);
                pause = pause.multipliedBy(2).compareTo(longestPause) > 0 ? longestPause : pause.multipliedBy(2);
            }
        }
    }
}
