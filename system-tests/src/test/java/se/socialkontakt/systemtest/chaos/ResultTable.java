package se.socialkontakt.systemtest.chaos;

import java.time.Duration;
import java.util.Locale;

/** The table of issue #13, in Markdown: for the README, the build's output and system-tests/target. */
final class ResultTable {
    private ResultTable() {
    }

    static String render(ChaosSettings settings, Verdict verdict) {
        StringBuilder table = new StringBuilder();
        table.append("## Fault harness: ").append(settings.load().toMinutes()).append(" min of load at ")
                .append(settings.journeysPerSecond()).append(" journeys/s, ").append(verdict.journeys())
                .append(" journeys, ").append(verdict.recoveries().values().stream().mapToInt(Verdict.Recovery::faults)
                        .sum()).append(" faults\n\n");
        Verdict.Requests requests = verdict.requests();
        table.append("| Requests sent | accepted | refused, retryable, during a fault | 5xx or no answer outside faults "
                + "| other refusals (4xx) |\n| ---: | ---: | ---: | ---: | ---: |\n");
        table.append(row(requests.sent(), requests.accepted(), requests.refusedRetryableDuringFaults(),
                requests.serverErrorsOutsideFaults(), requests.otherRefusals()));
        table.append("\nStored twice by a retried create (rows the ledger does not know): ")
                .append(verdict.unknownRows()).append('\n');
        Verdict.Events events = verdict.events();
        table.append("\n| Events expected | on the topics | in analytics | lost | duplicated | chat messages acknowledged "
                + "|\n| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        table.append(row(events.expected(), events.inKafka(), events.inAnalytics(), events.lost(), events.duplicated(),
                verdict.chatMessagesAcked()));
        table.append("\n| Fault | times | longest recovery |\n| --- | ---: | ---: |\n");
        verdict.recoveries().forEach((kind, recovery) -> table.append("| ").append(kind.label()).append(" | ")
                .append(recovery.faults()).append(" | ").append(seconds(recovery.longest())).append(" |\n"));
        if (verdict.p99OutsideFaults().isEmpty()) {
            table.append("\nNo request outside a fault window (the windows covered the whole load): no p99.\n");
        } else {
            table.append("\n| Request (outside faults) | p99 |\n| --- | ---: |\n");
            verdict.p99OutsideFaults().forEach((kind, p99) -> table.append("| ").append(kind).append(" | ")
                    .append(p99.toMillis()).append(" ms |\n"));
        }
        table.append("\nJourneys abandoned (a chat that could not go on within its attempts, or an answer the "
                + "harness did not expect): ")
                .append(verdict.abandoned().size()).append('\n');
        verdict.abandoned().forEach(why -> table.append("- ").append(why).append('\n'));
        table.append("\nVerdict: ").append(verdict.passed() ? "passed" : "FAILED, " + verdict.problems().size()
                + " problems").append('\n');
        verdict.problems().forEach(problem -> table.append("- ").append(problem).append('\n'));
        return table.toString();
    }

    private static String row(int... values) {
        StringBuilder row = new StringBuilder("|");
        for (int value : values) {
            row.append(' ').append(value).append(" |");
        }
        return row.append('\n').toString();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
