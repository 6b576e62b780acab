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
    /** The services' log lines begin with the local time (Quarkus' default console format). */
    private static final DateTimeFormatter LOGGED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    private FailedJobRuns() {
    }

    static List<String> since(Path logs, Instant since) throws IOException {
        Map<String, Integer> failedRuns = new TreeMap<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(FailedJobRuns::ofAService).sorted().toList()) {
                // Read as Latin-1, which never fails on a byte: only the ASCII of the scheduler's line matters.
                try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
                    lines.map(FAILED_RUN::matcher).filter(Matcher::find)
                            .filter(run -> loggedAt(run.group(1)).map(at -> !at.isBefore(since)).orElse(true))
                            .forEach(run -> failedRuns.merge(run.group(2) + " (" + log.getFileName() + ")", 1,
                                    Integer::sum));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        failedRuns.forEach((job, runs) -> problems.add("scheduled job " + job + " logged " + runs
                + " failed run(s) with a stack trace"));
        return problems;
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
