package se.socialkontakt.systemtest.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Starts journeys at the set rate for the set time, each on a virtual thread, a fifth of them chats; at most so many
 * at once, so that a stalled suite slows the load instead of piling it up.
 */
final class Load {
    private static final int AT_ONCE = 40;
    private static final List<String> COUNSELLORS = List.of("counsellor", "counsellor2");

    private final List<Supplier<Runnable>> journeys;
    private final double perSecond;
    private final AtomicInteger started = new AtomicInteger();
    private final Ledger ledger;

    Load(Api api, Ledger ledger, Tokens tokens, double perSecond, Random random) {
        this.ledger = ledger;
        this.perSecond = perSecond;
        AtomicInteger chats = new AtomicInteger();
        this.journeys = List.of(
                () -> new ChatJourney(api, ledger, tokens,
                        COUNSELLORS.get(chats.getAndIncrement() % COUNSELLORS.size())),
                () -> new HousingJourney(api, ledger, new Random(random.nextLong())),
                () -> new ContactCaseJourney(api, ledger, new Random(random.nextLong())),
                () -> new VisitorJourney(api, ledger, new Random(random.nextLong())),
                () -> new VisitorJourney(api, ledger, new Random(random.nextLong())));
    }

    /** Drives the load for the duration, then waits for the journeys still under way. */
    void drive(Duration duration) throws InterruptedException {
        Semaphore slots = new Semaphore(AT_ONCE);
        long interval = Math.round(1_000_000_000 / perSecond);
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long next = System.nanoTime(); next < end; next += interval) {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
                slots.acquire();
                Runnable journey = journeys.get(started.getAndIncrement() % journeys.size()).get();
                threads.execute(() -> {
                    try {
                        journey.run();
                    } catch (RuntimeException unexpected) {
                        ledger.abandoned(journey.getClass().getSimpleName() + ": " + unexpected);
                    } finally {
                        slots.release();
                    }
                });
            }
        }
    }

    int journeysStarted() {
        return started.get();
    }
}
