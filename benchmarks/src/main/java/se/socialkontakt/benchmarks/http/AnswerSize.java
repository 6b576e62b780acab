package se.socialkontakt.benchmarks.http;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/** The mean size of a service's answers, so that its raw baseline answers with bodies of the same size. */
public final class AnswerSize {
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong answers = new AtomicLong();
    private final int guess;

    /** guess: the size to use before the service has answered (e.g. when only the baseline runs). */
    public AnswerSize(int guess) {
        this.guess = guess;
    }

    public void add(String body) {
        bytes.addAndGet(body.getBytes(StandardCharsets.UTF_8).length);
        answers.incrementAndGet();
    }

    public int mean() {
        long n = answers.get();
        return n == 0 ? guess : Math.toIntExact(bytes.get() / n);
    }
}
