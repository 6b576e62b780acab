package se.socialkontakt.systemtest.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Injects the faults one after the other at random moments of the load, every kind in turn (in a shuffled order
 * each round), each in its own slot of the run; a fault that takes longer than its slot delays the next.
 */
final class FaultSchedule implements Runnable {
    private final Killer killer;
    private final int faults;
    private final Duration slot;
    private final Random random;
    private final List<FaultWindow> windows = new CopyOnWriteArrayList<>();
    private volatile Exception failure;

    FaultSchedule(Killer killer, ChaosSettings settings, Random random) {
        this.killer = killer;
        this.faults = Math.max(settings.killsAtLeast(), FaultKind.values().length);
        this.slot = settings.load().dividedBy(faults);
        this.random = random;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        List<FaultKind> round = new ArrayList<>();
        try {
            for (int i = 0; i < faults; i++) {
                if (round.isEmpty()) {
                    round.addAll(List.of(FaultKind.values()));
                    Collections.shuffle(round, random);
                }
                long at = start + slot.toNanos() * i + (long) (random.nextDouble() * slot.toNanos() / 2);
                Thread.sleep(Duration.ofNanos(Math.max(0, at - System.nanoTime())));
                windows.add(killer.inflict(round.removeFirst()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failure = e;
        }
    }

    List<FaultWindow> windows() {
        return List.copyOf(windows);
    }

    /** A fault that could not be injected or recovered from: the run cannot be judged. */
    void rethrowFailure() throws Exception {
        if (failure != null) {
            throw failure;
        }
    }
}
