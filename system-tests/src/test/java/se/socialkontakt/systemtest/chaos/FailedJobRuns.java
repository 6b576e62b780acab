package se.socialkontakt.systemtest.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs of scheduled jobs that the scheduler logged as failed, with a stack trace, in the services' logs since a moment.
 * A job skips its runs while the database cannot be reached and says so in one WARN line
 * (SkipsRunWhileDatabaseUnreachable), so such a line during the harness is a job that does not, or a failure of
 * another kind: each is reported as a problem.
 */
final class FailedJobRuns {
    /** What Quarkus' scheduler logs at ERROR for a run that threw, and the job's trigger id in it. */
    private static final Pattern FAILED_RUN = Pattern.compile(
            "^(\\S+ \\S+) ERROR .*Error occurred while executing task for trigger .*\\[id=\\d+_([^,\\]]+)");
    /** A log line of its own, not a line of a stack trace. */
    private static final Pattern LOG_LINE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} ");
    private static final int MAX_CAUSE = 400;
    /** The services' log lines begin with the local time (Quarkus' default console format). */
    private static final DateTimeFormatter LOGGED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    private FailedJobRuns() {
    }

    static List<String> since(Path logs, Instant since) throws IOException {
        Map<String, FailedRuns> failedRuns = new TreeMap<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(FailedJobRuns::ofAService).sorted().toList()) {
                // Read as Latin-1, which never fails on a byte: only the ASCII of the scheduler's line matters.
                List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher run = FAILED_RUN.matcher(lines.get(i));
                    if (run.find() && loggedAt(run.group(1)).map(at -> !at.isBefore(since)).orElse(true)) {
                        int line = i;
                        failedRuns.computeIfAbsent(run.group(2) + " (" + log.getFileName() + ")",
                                job -> new FailedRuns(rootCause(lines, line))).runs++;
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        failedRuns.forEach((job, failed) -> problems.add("scheduled job " + job + " logged " + failed.runs
                + " failed run(s) with a stack trace, the first caused by " + failed.firstCause));
        return problems;
    }

    /** The runs of one job in one log, and what the first failed with: the report is all a CI run leaves to read. */
    private static final class FailedRuns {
        final String firstCause;
        int runs;

        FailedRuns(String firstCause) {
            this.firstCause = firstCause;
        }
    }

    /** The innermost "Caused by" of the stack trace after the scheduler's line, or the line's own exception. */
    private static String rootCause(List<String> lines, int failedRunLine) {
        String line = lines.get(failedRunLine);
        String cause = line.substring(line.indexOf("]: ") + 3);
        for (int i = failedRunLine + 1; i < lines.size() && !LOG_LINE.matcher(lines.get(i)).lookingAt(); i++) {
            if (lines.get(i).startsWith("Caused by: ")) {
                cause = lines.get(i).substring("Caused by: ".length());
            }
        }
        return cause.length() > MAX_CAUSE ? cause.substring(0, MAX_CAUSE) + "..." : cause;
    }

    private static boolean ofAService(Path file) {
        String name = file.getFileName().toString();
        return name.contains("service") && name.endsWith(".log");
    }

    private static Optional<Instant> loggedAt(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text, LOGGED_AT).atZone(ZoneId.systemDefault()).toInstant());
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
