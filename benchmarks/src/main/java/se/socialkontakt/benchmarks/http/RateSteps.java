package se.socialkontakt.benchmarks.http;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A server measured at one rate after another: a warm-up at the first rate (JIT, connection pools, caches; not
 * counted), then each step for the same length, a table row per step. Rates rise, so the first step that fails its
 * target shows where the server stops keeping up.
 */
public final class RateSteps {
    /** How long each step lasts and how long answers are awaited after it. */
    public record Plan(Duration warmup, Duration step, Duration drain, int expectedStatus) {
    }

    /** The requests of one step, prepared before it starts; may block (token renewal), since no step runs yet. */
    @FunctionalInterface
    public interface StepCalls {
        OpenLoop.Call prepare(Duration length) throws Exception;
    }

    private RateSteps() {
    }

    /** Measures the server (its RSS read through rss; -1 when there is no process) at each rate. */
    public static List<LatencyTable.Row> run(String server, LongSupplier rss, List<Integer> rates, Plan plan,
            StepCalls calls) throws Exception {
        List<LatencyTable.Row> rows = new ArrayList<>();
        if (!plan.warmup().isZero()) {
            Machine.log("%s: warm-up, %d s at %d/s", server, plan.warmup().toSeconds(), rates.get(0));
            OpenLoop.run(rates.get(0), plan.warmup(), plan.drain(), plan.expectedStatus(),
                    calls.prepare(plan.warmup()));
        }
        for (int rate : rates) {
            OpenLoop.Measurement m = OpenLoop.run(rate, plan.step(), plan.drain(), plan.expectedStatus(),
                    calls.prepare(plan.step()));
            rows.add(new LatencyTable.Row(server, m, rss.getAsLong(), Machine.loadAverage()));
            Machine.log("%s at %d/s: %d ok of %d, p99 %s ms", server, rate, m.ok(), m.scheduled(),
                    LatencyTable.ms(m.latency(), 99));
        }
        return rows;
    }

    /** How the figures were taken, for the notes under a table. */
    public static String describe(Duration warmup, Duration step, Duration drain, String heap) {
        return String.format(Locale.ROOT, "%s. Open loop: requests due at fixed intervals, latency from the due time"
                        + " to the whole answer, only answers with the expected status counted in it; %d s warm-up at"
                        + " the first rate, then %d s per rate; answers awaited %d s after a step, later ones failed."
                        + " Each server in its own JVM (-Xmx%s) on this machine with the client, PostgreSQL, Kafka"
                        + " and Keycloak (%d cores, Java %d); RSS is VmRSS at the end of the step, load avg the"
                        + " 1-minute load average then.", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                warmup.toSeconds(), step.toSeconds(), drain.toSeconds(), heap, Machine.cores(),
                Runtime.version().feature());
    }
}
