package se.socialkontakt.systemtest.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the run showed: the figures of the table, and every broken guarantee as one line of {@link #problems}. */
public record Verdict(Requests requests, int unknownRows, Events events, int chatMessagesAcked, int journeys,
        Map<FaultKind, Recovery> recoveries, Map<String, Duration> p99OutsideFaults, List<String> abandoned,
        List<String> problems) {

    /** HTTP requests (each attempt of a retried one counts). */
    public record Requests(int sent, int accepted, int refusedRetryableDuringFaults, int serverErrorsOutsideFaults,
            int otherRefusals) {
    }

    /** Events the accepted requests must have caused; lost = not in analytics, duplicated = more than once. */
    public record Events(int expected, int inKafka, int inAnalytics, int lost, int duplicated) {
    }

    public record Recovery(int faults, Duration longest) {
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
